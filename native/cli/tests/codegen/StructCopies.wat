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
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i32 i64 i64 i64 i64 i64 i64 i64 i64 i32)
    local.get 0
    local.set 28
    i32.const 96
    local.set 17
    local.get 0
    i32.const 4096
    i32.sub
    local.set 19
    local.get 17
    local.get 19
    i32.gt_u
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowStackOverflow
      unreachable
    end
    local.get 0
    local.get 17
    i32.const 7
    i32.add
    i32.const -8
    i32.and
    local.tee 17
    i32.sub
    local.set 0
    local.get 0
    i32.const 0
    local.get 17
    memory.fill
    local.get 0
    local.set 5
    local.get 5
    local.set 1
    i32.const 0
    local.set 3
    block ;; label = @1
      loop ;; label = @2
        local.get 3
        i32.const 96
        i32.lt_s
        i32.eqz
        br_if 1 (;@1;)
        local.get 1
        local.get 3
        i32.add
        local.set 6
        local.get 3
        i32.const 255
        i32.and
        local.set 7
        local.get 6
        i32.eqz
        if ;; label = @3
          local.get 0
          call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
          unreachable
        end
        local.get 6
        local.get 7
        i32.store8
        local.get 3
        i32.const 1
        i32.add
        local.set 3
        br 0 (;@2;)
      end
    end
    local.get 1
    i32.const 8
    i32.add
    local.set 8
    local.get 1
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
      unreachable
    end
    local.get 1
    local.set 12
    local.get 8
    local.set 13
    local.get 12
    i64.load align=1
    local.set 20
    local.get 12
    i64.load offset=8 align=1
    local.set 21
    local.get 13
    local.get 20
    i64.store align=1
    local.get 13
    local.get 21
    i64.store offset=8 align=1
    local.get 1
    i32.const 24
    i32.add
    local.set 9
    local.get 1
    i32.const 16
    i32.add
    local.set 14
    local.get 9
    local.set 15
    local.get 14
    i64.load align=1
    local.set 20
    local.get 14
    i64.load offset=8 align=1
    local.set 21
    local.get 14
    i64.load offset=16 align=1
    local.set 22
    local.get 14
    i64.load offset=24 align=1
    local.set 23
    local.get 14
    i64.load offset=32 align=1
    local.set 24
    local.get 14
    i64.load offset=40 align=1
    local.set 25
    local.get 14
    i64.load offset=48 align=1
    local.set 26
    local.get 14
    i64.load offset=56 align=1
    local.set 27
    local.get 15
    local.get 20
    i64.store align=1
    local.get 15
    local.get 21
    i64.store offset=8 align=1
    local.get 15
    local.get 22
    i64.store offset=16 align=1
    local.get 15
    local.get 23
    i64.store offset=24 align=1
    local.get 15
    local.get 24
    i64.store offset=32 align=1
    local.get 15
    local.get 25
    i64.store offset=40 align=1
    local.get 15
    local.get 26
    i64.store offset=48 align=1
    local.get 15
    local.get 27
    i64.store offset=56 align=1
    i32.const 0
    local.set 2
    i32.const 0
    local.set 4
    block ;; label = @1
      loop ;; label = @2
        local.get 4
        i32.const 96
        i32.lt_s
        i32.eqz
        br_if 1 (;@1;)
        local.get 2
        i32.const 31
        i32.mul
        local.set 10
        local.get 1
        local.get 4
        i32.add
        local.set 11
        local.get 11
        i32.eqz
        if ;; label = @3
          local.get 0
          call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
          unreachable
        end
        local.get 10
        local.get 11
        i32.load8_u
        i32.add
        local.set 2
        local.get 4
        i32.const 1
        i32.add
        local.set 4
        br 0 (;@2;)
      end
    end
    local.get 2
    i32.const 255
    i32.and
    return
    unreachable
  )
  (func $Program::Move16 (;77;) (type 2) (param i32 i32 i32)
    (local i32 i32 i32 i32 i64 i32 i64 i64)
    local.get 2
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
      unreachable
    end
    local.get 2
    local.set 3
    local.get 1
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
      unreachable
    end
    local.get 1
    local.set 4
    local.get 3
    i64.load align=1
    local.set 9
    local.get 3
    i64.load offset=8 align=1
    local.set 10
    local.get 4
    local.get 9
    i64.store align=1
    local.get 4
    local.get 10
    i64.store offset=8 align=1
    return
    unreachable
  )
  (func $Program::Move64 (;78;) (type 2) (param i32 i32 i32)
    (local i32 i32 i32 i32 i64 i32 i64 i64 i64 i64 i64 i64 i64 i64)
    local.get 2
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
      unreachable
    end
    local.get 2
    local.set 3
    local.get 1
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
      unreachable
    end
    local.get 1
    local.set 4
    local.get 3
    i64.load align=1
    local.set 9
    local.get 3
    i64.load offset=8 align=1
    local.set 10
    local.get 3
    i64.load offset=16 align=1
    local.set 11
    local.get 3
    i64.load offset=24 align=1
    local.set 12
    local.get 3
    i64.load offset=32 align=1
    local.set 13
    local.get 3
    i64.load offset=40 align=1
    local.set 14
    local.get 3
    i64.load offset=48 align=1
    local.set 15
    local.get 3
    i64.load offset=56 align=1
    local.set 16
    local.get 4
    local.get 9
    i64.store align=1
    local.get 4
    local.get 10
    i64.store offset=8 align=1
    local.get 4
    local.get 11
    i64.store offset=16 align=1
    local.get 4
    local.get 12
    i64.store offset=24 align=1
    local.get 4
    local.get 13
    i64.store offset=32 align=1
    local.get 4
    local.get 14
    i64.store offset=40 align=1
    local.get 4
    local.get 15
    i64.store offset=48 align=1
    local.get 4
    local.get 16
    i64.store offset=56 align=1
    return
    unreachable
  )
