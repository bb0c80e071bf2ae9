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
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i32)
    local.get 0
    i32.const 24
    i32.sub
    local.set 0
    local.get 0
    i32.const 0
    i32.add
    local.set 54
    local.get 54
    i64.const 0
    i64.store align=1
    local.get 54
    i64.const 0
    i64.store offset=8 align=1
    local.get 54
    i64.const 0
    i64.store offset=16 align=1
    block ;; label = @1
      block ;; label = @2
        global.get 1
        i32.const 744
        i32.add
        local.set 10
        local.get 0
        local.get 10
        i32.load offset=4
        call $WasmR2R.Runtime.Collector::Allocate
        local.set 21
        local.get 21
        local.get 10
        i32.store
        local.get 21
        local.set 22
        local.get 22
        i32.load
        i32.load offset=96
        local.set 23
        local.get 22
        local.set 3
        local.get 23
        local.set 4
        local.get 23
        global.get 2
        i32.const 84
        i32.add
        i32.eq
        br_if 0 (;@2;)
        block ;; label = @3
          local.get 4
          global.get 2
          i32.const 85
          i32.add
          i32.eq
          br_if 0 (;@3;)
          local.get 0
          local.get 3
          local.get 4
          call_indirect (type 8)
          local.set 5
          br 2 (;@1;)
        end
        i32.const 4
        local.set 5
        br 1 (;@1;)
      end
      i32.const 2
      local.set 5
    end
    block ;; label = @1
      block ;; label = @2
        global.get 1
        i32.const 848
        i32.add
        local.set 11
        local.get 0
        local.get 11
        i32.load offset=4
        call $WasmR2R.Runtime.Collector::Allocate
        local.set 24
        local.get 24
        local.get 11
        i32.store
        local.get 24
        local.set 25
        local.get 25
        i32.load
        i32.load offset=96
        local.set 26
        local.get 25
        local.set 6
        local.get 26
        local.set 7
        local.get 5
        local.set 8
        local.get 26
        global.get 2
        i32.const 84
        i32.add
        i32.eq
        br_if 0 (;@2;)
        block ;; label = @3
          local.get 7
          global.get 2
          i32.const 85
          i32.add
          i32.eq
          br_if 0 (;@3;)
          local.get 0
          local.get 6
          local.get 7
          call_indirect (type 8)
          local.set 9
          br 2 (;@1;)
        end
        i32.const 4
        local.set 9
        br 1 (;@1;)
      end
      i32.const 2
      local.set 9
    end
    block ;; label = @1
      local.get 8
      local.get 9
      i32.add
      local.set 1
      global.get 1
      i32.const 952
      i32.add
      local.set 12
      local.get 0
      local.get 12
      i32.load offset=4
      call $WasmR2R.Runtime.Collector::Allocate
      local.set 27
      local.get 27
      local.get 12
      i32.store
      local.get 27
      local.set 28
      global.get 1
      i32.const 6840
      i32.add
      local.set 29
      i32.const 0
      local.set 30
      local.get 0
      local.get 28
      i32.store
      block (result i32) ;; label = @2
        block ;; label = @3
          local.get 28
          i32.load
          local.tee 54
          i32.load offset=60
          i32.const 0
          i32.le_u
          br_if 0 (;@3;)
          local.get 54
          i32.load offset=64
          local.tee 56
          i32.load
          local.get 29
          i32.ne
          br_if 0 (;@3;)
          local.get 54
          local.get 56
          i32.load offset=4
          i32.const 2
          i32.shl
          i32.add
          i32.load offset=80
          local.tee 56
          i32.eqz
          br_if 0 (;@3;)
          local.get 56
          br 1 (;@2;)
        end
        local.get 0
        local.get 28
        local.get 29
        local.get 30
        call $WasmR2R.Runtime.Dispatch::InterfaceLookup
      end
      local.set 31
      local.get 0
      local.get 28
      local.get 31
      call_indirect (type 8)
      local.set 32
      global.get 1
      i32.const 1072
      i32.add
      local.set 13
      local.get 0
      local.get 13
      i32.load offset=4
      call $WasmR2R.Runtime.Collector::Allocate
      local.set 33
      local.get 33
      local.get 13
      i32.store
      local.get 33
      local.set 34
      global.get 1
      i32.const 6840
      i32.add
      local.set 35
      i32.const 0
      local.set 36
      local.get 0
      local.get 34
      i32.store offset=4
      block (result i32) ;; label = @2
        block ;; label = @3
          local.get 34
          i32.load
          local.tee 54
          i32.load offset=60
          i32.const 0
          i32.le_u
          br_if 0 (;@3;)
          local.get 54
          i32.load offset=64
          local.tee 56
          i32.load
          local.get 35
          i32.ne
          br_if 0 (;@3;)
          local.get 54
          local.get 56
          i32.load offset=4
          i32.const 2
          i32.shl
          i32.add
          i32.load offset=80
          local.tee 56
          i32.eqz
          br_if 0 (;@3;)
          local.get 56
          br 1 (;@2;)
        end
        local.get 0
        local.get 34
        local.get 35
        local.get 36
        call $WasmR2R.Runtime.Dispatch::InterfaceLookup
      end
      local.set 37
      local.get 32
      local.get 0
      local.get 34
      local.get 37
      call_indirect (type 8)
      i32.add
      local.set 14
      global.get 1
      i32.const 1192
      i32.add
      local.set 15
      local.get 0
      local.get 15
      i32.load offset=4
      call $WasmR2R.Runtime.Collector::Allocate
      local.set 38
      local.get 38
      local.get 15
      i32.store
      local.get 38
      local.set 39
      global.get 1
      i32.const 6840
      i32.add
      local.set 40
      i32.const 0
      local.set 41
      local.get 0
      local.get 39
      i32.store offset=8
      block (result i32) ;; label = @2
        block ;; label = @3
          local.get 39
          i32.load
          local.tee 54
          i32.load offset=60
          i32.const 0
          i32.le_u
          br_if 0 (;@3;)
          local.get 54
          i32.load offset=64
          local.tee 56
          i32.load
          local.get 40
          i32.ne
          br_if 0 (;@3;)
          local.get 54
          local.get 56
          i32.load offset=4
          i32.const 2
          i32.shl
          i32.add
          i32.load offset=80
          local.tee 56
          i32.eqz
          br_if 0 (;@3;)
          local.get 56
          br 1 (;@2;)
        end
        local.get 0
        local.get 39
        local.get 40
        local.get 41
        call $WasmR2R.Runtime.Dispatch::InterfaceLookup
      end
      local.set 42
      local.get 14
      local.get 0
      local.get 39
      local.get 42
      call_indirect (type 8)
      i32.add
      local.set 16
      global.get 1
      i32.const 1312
      i32.add
      local.set 17
      local.get 0
      local.get 17
      i32.load offset=4
      call $WasmR2R.Runtime.Collector::Allocate
      local.set 43
      local.get 43
      local.get 17
      i32.store
      local.get 43
      local.set 44
      global.get 1
      i32.const 6840
      i32.add
      local.set 45
      i32.const 0
      local.set 46
      local.get 0
      local.get 44
      i32.store offset=12
      block (result i32) ;; label = @2
        block ;; label = @3
          local.get 44
          i32.load
          local.tee 54
          i32.load offset=60
          i32.const 0
          i32.le_u
          br_if 0 (;@3;)
          local.get 54
          i32.load offset=64
          local.tee 56
          i32.load
          local.get 45
          i32.ne
          br_if 0 (;@3;)
          local.get 54
          local.get 56
          i32.load offset=4
          i32.const 2
          i32.shl
          i32.add
          i32.load offset=80
          local.tee 56
          i32.eqz
          br_if 0 (;@3;)
          local.get 56
          br 1 (;@2;)
        end
        local.get 0
        local.get 44
        local.get 45
        local.get 46
        call $WasmR2R.Runtime.Dispatch::InterfaceLookup
      end
      local.set 47
      local.get 16
      local.get 0
      local.get 44
      local.get 47
      call_indirect (type 8)
      i32.add
      local.set 18
      global.get 1
      i32.const 1432
      i32.add
      local.set 19
      local.get 0
      local.get 19
      i32.load offset=4
      call $WasmR2R.Runtime.Collector::Allocate
      local.set 48
      local.get 48
      local.get 19
      i32.store
      local.get 48
      local.set 49
      global.get 1
      i32.const 6840
      i32.add
      local.set 50
      i32.const 0
      local.set 51
      local.get 0
      local.get 49
      i32.store offset=16
      block (result i32) ;; label = @2
        block ;; label = @3
          local.get 49
          i32.load
          local.tee 54
          i32.load offset=60
          i32.const 0
          i32.le_u
          br_if 0 (;@3;)
          local.get 54
          i32.load offset=64
          local.tee 56
          i32.load
          local.get 50
          i32.ne
          br_if 0 (;@3;)
          local.get 54
          local.get 56
          i32.load offset=4
          i32.const 2
          i32.shl
          i32.add
          i32.load offset=80
          local.tee 56
          i32.eqz
          br_if 0 (;@3;)
          local.get 56
          br 1 (;@2;)
        end
        local.get 0
        local.get 49
        local.get 50
        local.get 51
        call $WasmR2R.Runtime.Dispatch::InterfaceLookup
      end
      local.set 52
      local.get 18
      local.get 0
      local.get 49
      local.get 52
      call_indirect (type 8)
      i32.add
      local.set 2
      global.get 1
      i32.const 1552
      i32.add
      local.set 20
      local.get 0
      local.get 20
      i32.load offset=4
      call $WasmR2R.Runtime.Collector::Allocate
      local.get 20
      i32.store
      i32.const 3
      local.get 1
      i32.add
      local.get 2
      i32.add
      i32.const 24
      i32.eq
      br_if 0 (;@1;)
      i32.const 1
      return
    end
    i32.const 100
    return
    unreachable
  )
  (func $Program::Legs (;79;) (type 8) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i64 i32)
    block ;; label = @1
      block ;; label = @2
        local.get 1
        i32.eqz
        if ;; label = @3
          local.get 0
          call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
          unreachable
        end
        local.get 1
        i32.load
        i32.load offset=96
        local.set 5
        local.get 1
        local.set 2
        local.get 5
        local.set 3
        local.get 5
        global.get 2
        i32.const 84
        i32.add
        i32.eq
        br_if 0 (;@2;)
        block ;; label = @3
          local.get 3
          global.get 2
          i32.const 85
          i32.add
          i32.eq
          br_if 0 (;@3;)
          local.get 0
          local.get 2
          local.get 3
          call_indirect (type 8)
          local.set 4
          br 2 (;@1;)
        end
        i32.const 4
        local.set 4
        br 1 (;@1;)
      end
      i32.const 2
      local.set 4
    end
    local.get 4
    return
    unreachable
  )
  (func $Program::Code (;82;) (type 8) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i64 i32)
    local.get 0
    i32.const 8
    i32.sub
    local.set 0
    local.get 0
    i32.const 0
    i32.add
    local.set 6
    local.get 6
    i64.const 0
    i64.store align=1
    local.get 1
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
      unreachable
    end
    global.get 1
    i32.const 6840
    i32.add
    local.set 2
    i32.const 0
    local.set 3
    local.get 0
    local.get 1
    i32.store
    block (result i32) ;; label = @1
      block ;; label = @2
        local.get 1
        i32.load
        local.tee 6
        i32.load offset=60
        i32.const 0
        i32.le_u
        br_if 0 (;@2;)
        local.get 6
        i32.load offset=64
        local.tee 8
        i32.load
        local.get 2
        i32.ne
        br_if 0 (;@2;)
        local.get 6
        local.get 8
        i32.load offset=4
        i32.const 2
        i32.shl
        i32.add
        i32.load offset=80
        local.tee 8
        i32.eqz
        br_if 0 (;@2;)
        local.get 8
        br 1 (;@1;)
      end
      local.get 0
      local.get 1
      local.get 2
      local.get 3
      call $WasmR2R.Runtime.Dispatch::InterfaceLookup
    end
    local.set 4
    local.get 0
    local.get 1
    local.get 4
    call_indirect (type 8)
    return
    unreachable
  )
  (func $Program::Sides (;88;) (type 8) (param i32 i32) (result i32)
    (local i32 i32 i64 i32)
    local.get 1
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
      unreachable
    end
    i32.const 3
    return
    unreachable
  )
