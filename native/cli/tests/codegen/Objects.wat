  (func $<entry> (;35;) (type 9) (param i32) (result i32)
    (local i32 i32 i64 i32)
    try (result i32) ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.Startup::Initialize
      local.get 0
      local.get 0
      call $Program::Main
      i32.const 1
      call $WasmR2R.Runtime.ProcessLifetime::MainReturned
      return
      unreachable
    catch 0
      local.set 2
      local.get 0
      local.get 2
      call $WasmR2R.Runtime.ThrowHelpers::ReportUnhandled
      unreachable
    end
  )
  (func $Program::Main (;47;) (type 9) (param i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i32)
    block ;; label = @1
      i32.const 3
      local.set 5
      global.get 1
      i32.const 744
      i32.add
      local.set 6
      local.get 0
      local.get 6
      i32.load offset=4
      call $WasmR2R.Runtime.Collector::Allocate
      local.set 19
      local.get 19
      local.get 6
      i32.store
      local.get 19
      local.set 20
      local.get 20
      local.get 5
      i32.store offset=8
      i32.const 1
      local.set 7
      local.get 20
      local.set 1
      local.get 7
      i32.const 255
      i32.and
      local.set 2
      i32.const 0
      local.set 3
      local.get 1
      i32.load offset=8
      local.set 3
      local.get 2
      i32.eqz
      br_if 0 (;@1;)
      local.get 3
      local.get 1
      i32.load offset=8
      i32.add
      local.set 3
    end
    block ;; label = @1
      local.get 3
      local.set 4
      i32.const 2
      local.set 8
      global.get 1
      i32.const 744
      i32.add
      local.set 9
      local.get 0
      local.get 9
      i32.load offset=4
      call $WasmR2R.Runtime.Collector::Allocate
      local.set 21
      local.get 21
      local.get 9
      i32.store
      local.get 21
      local.set 22
      local.get 22
      local.get 8
      i32.store offset=8
      local.get 4
      local.get 0
      local.get 22
      call $Program::AreaOf
      i32.add
      local.get 0
      global.get 1
      i32.const 864
      i32.add
      call $Program::AreaOf
      i32.add
      local.set 10
      i32.const 2
      local.set 11
      local.get 0
      global.get 1
      i32.const 888
      i32.add
      local.get 11
      call $WasmR2R.Runtime.Allocator::AllocArray
      local.set 12
      i32.const 0
      local.set 13
      i32.const 1
      local.set 14
      local.get 13
      local.get 12
      i32.load offset=12
      i32.ge_u
      if ;; label = @2
        local.get 0
        call $WasmR2R.Runtime.ThrowHelpers::ThrowIndexOutOfRange
        unreachable
      end
      local.get 13
      i32.const 4
      i32.mul
      local.set 15
      local.get 12
      local.get 15
      i32.add
      local.get 14
      i32.store offset=16
      i32.const 1
      local.set 16
      i32.const 2
      local.set 17
      local.get 16
      local.get 12
      i32.load offset=12
      i32.ge_u
      if ;; label = @2
        local.get 0
        call $WasmR2R.Runtime.ThrowHelpers::ThrowIndexOutOfRange
        unreachable
      end
      local.get 16
      i32.const 4
      i32.mul
      local.set 18
      local.get 12
      local.get 18
      i32.add
      local.get 17
      i32.store offset=16
      local.get 10
      local.get 0
      local.get 12
      call $Program::Sum
      i32.add
      i32.const 12
      i32.eq
      br_if 0 (;@1;)
      i32.const 1
      return
    end
    i32.const 100
    return
    unreachable
  )
  (func $Program::.ctor (;78;) (type 2) (param i32 i32 i32)
    (local i32 i32 i64 i32)
    local.get 1
    local.get 2
    i32.store offset=8
    return
    unreachable
  )
  (func $Program::WidthTwiceIf (;79;) (type 11) (param i32 i32 i32) (result i32)
    (local i32 i32 i32 i64 i32)
    block ;; label = @1
      local.get 1
      i32.eqz
      if ;; label = @2
        local.get 0
        call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
        unreachable
      end
      local.get 1
      i32.load offset=8
      local.set 3
      local.get 2
      i32.eqz
      br_if 0 (;@1;)
      local.get 3
      local.get 1
      i32.load offset=8
      i32.add
      local.set 3
    end
    local.get 3
    return
    unreachable
  )
  (func $Program::AreaOf (;80;) (type 8) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i64 i32)
    block ;; label = @1
      global.get 1
      i32.const 6440
      i32.add
      local.set 3
      block (result i32) ;; label = @2
        i32.const 0
        local.get 1
        i32.eqz
        br_if 0 (;@2;)
        drop
        block ;; label = @3
          local.get 1
          i32.load
          local.tee 5
          i32.load offset=60
          i32.const 0
          i32.le_u
          br_if 0 (;@3;)
          local.get 5
          i32.load offset=64
          local.tee 7
          i32.load
          local.get 3
          i32.ne
          br_if 0 (;@3;)
          local.get 1
          br 1 (;@2;)
        end
        i32.const 0
      end
      local.set 2
      local.get 2
      br_if 0 (;@1;)
      i32.const -1
      return
    end
    local.get 2
    i32.load offset=8
    local.get 2
    i32.load offset=8
    i32.mul
    return
    unreachable
  )
  (func $Program::Sum (;82;) (type 8) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i64 i32)
    i32.const 0
    local.set 2
    i32.const 0
    local.set 3
    block ;; label = @1
      loop ;; label = @2
        local.get 1
        i32.eqz
        if ;; label = @3
          local.get 0
          call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
          unreachable
        end
        local.get 3
        local.get 1
        i32.load offset=12
        i32.lt_s
        i32.eqz
        br_if 1 (;@1;)
        local.get 3
        i32.const 4
        i32.mul
        local.set 4
        local.get 2
        local.get 1
        local.get 4
        i32.add
        i32.load offset=16
        i32.add
        local.set 2
        local.get 3
        i32.const 1
        i32.add
        local.set 3
        br 0 (;@2;)
      end
    end
    local.get 2
    return
    unreachable
  )
  (func $Program::get_Width (;112;) (type 8) (param i32 i32) (result i32)
    (local i32 i32 i64 i32)
    local.get 1
    i32.load offset=8
    return
    unreachable
  )
  (func $Program::Area (;113;) (type 8) (param i32 i32) (result i32)
    (local i32 i32 i64 i32)
    local.get 1
    i32.load offset=8
    local.get 1
    i32.load offset=8
    i32.mul
    return
    unreachable
  )
