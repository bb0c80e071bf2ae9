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
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i32)
    local.get 0
    i32.const 8
    i32.sub
    local.set 0
    local.get 0
    i32.const 0
    i32.add
    local.set 13
    local.get 13
    i64.const 0
    i64.store align=1
    local.get 0
    i32.const 0
    call $Program::Make
    local.set 1
    local.get 0
    local.get 1
    i32.store
    local.get 0
    local.get 1
    call $Program::Remake
    local.set 2
    local.get 0
    local.get 1
    local.get 2
    call $Program::Join
    local.get 0
    local.get 1
    call $Program::Remember
    i32.const 2
    local.set 3
    local.get 0
    global.get 1
    i32.const 744
    i32.add
    local.get 3
    call $WasmR2R.Runtime.Allocator::AllocArray
    local.set 4
    global.get 1
    i32.const 1248
    i32.add
    local.set 5
    local.get 0
    local.get 4
    i32.store offset=4
    local.get 0
    local.get 4
    local.get 5
    local.get 1
    call $Program::Put
    local.get 1
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
      unreachable
    end
    local.get 1
    i32.load offset=8
    local.set 6
    local.get 6
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
      unreachable
    end
    local.get 6
    i32.load offset=12
    local.get 0
    global.get 1
    i32.const 1264
    i32.add
    call $Program::Local
    i32.add
    local.set 7
    i32.const 1
    local.set 8
    local.get 8
    local.get 4
    i32.load offset=12
    i32.ge_u
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowIndexOutOfRange
      unreachable
    end
    local.get 8
    i32.const 12
    i32.mul
    local.set 9
    local.get 7
    local.get 4
    local.get 9
    i32.add
    i32.load offset=20
    i32.add
    local.set 10
    global.get 1
    i32.const 1284
    i32.add
    i32.load
    local.set 11
    local.get 11
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
      unreachable
    end
    local.get 10
    local.get 11
    i32.load offset=12
    i32.add
    return
    unreachable
  )
  (func $Program::Make (;77;) (type 8) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i64 i32)
    local.get 0
    i32.const 8
    i32.sub
    local.set 0
    local.get 0
    i32.const 0
    i32.add
    local.set 8
    local.get 8
    i64.const 0
    i64.store align=1
    i32.const 2
    local.set 2
    global.get 1
    i32.const 6344
    i32.add
    local.set 3
    local.get 3
    i32.load offset=4
    local.set 4
    local.get 0
    local.get 1
    i32.store
    local.get 0
    local.get 4
    call $WasmR2R.Runtime.Collector::Allocate
    local.set 5
    local.get 5
    local.get 3
    i32.store
    local.get 5
    local.set 6
    local.get 6
    local.get 1
    i32.store offset=8
    local.get 6
    local.get 2
    i32.store offset=12
    local.get 6
    return
    unreachable
  )
  (func $Program::Remake (;78;) (type 8) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i32)
    local.get 0
    i32.const 16
    i32.sub
    local.set 0
    local.get 0
    i32.const 0
    i32.add
    local.set 14
    local.get 14
    i64.const 0
    i64.store align=1
    local.get 14
    i64.const 0
    i64.store offset=8 align=1
    local.get 0
    local.get 1
    i32.store
    i32.const 0
    local.set 2
    i32.const 3
    local.set 3
    global.get 1
    i32.const 6344
    i32.add
    local.set 4
    local.get 4
    i32.load offset=4
    local.set 7
    local.get 0
    local.get 2
    i32.store offset=4
    local.get 0
    local.get 7
    call $WasmR2R.Runtime.Collector::Allocate
    local.set 8
    local.get 8
    local.get 4
    i32.store
    local.get 8
    local.set 9
    local.get 9
    local.get 2
    i32.store offset=8
    local.get 9
    local.get 3
    i32.store offset=12
    i32.const 4
    local.set 5
    global.get 1
    i32.const 6344
    i32.add
    local.set 6
    local.get 6
    i32.load offset=4
    local.set 10
    local.get 0
    local.get 1
    i32.store offset=8
    local.get 0
    local.get 9
    i32.store offset=12
    local.get 0
    local.get 10
    call $WasmR2R.Runtime.Collector::Allocate
    local.set 11
    local.get 11
    local.get 6
    i32.store
    local.get 11
    local.set 12
    local.get 12
    local.get 1
    i32.store offset=8
    local.get 12
    local.get 5
    i32.store offset=12
    local.get 9
    local.get 12
    i32.store offset=8
    global.get 4
    local.get 9
    i32.const 8
    i32.add
    i32.const 10
    i32.shr_u
    i32.add
    i32.const 1
    i32.store8
    local.get 9
    return
    unreachable
  )
  (func $Program::Join (;79;) (type 2) (param i32 i32 i32)
    (local i32 i32 i64 i32)
    local.get 1
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
      unreachable
    end
    local.get 1
    local.get 2
    i32.store offset=8
    global.get 4
    local.get 1
    i32.const 8
    i32.add
    i32.const 10
    i32.shr_u
    i32.add
    i32.const 1
    i32.store8
    local.get 1
    i32.const 1
    i32.store offset=12
    return
    unreachable
  )
  (func $Program::Remember (;80;) (type 4) (param i32 i32)
    (local i32 i32 i64 i32)
    global.get 1
    i32.const 1284
    i32.add
    local.get 1
    i32.store
    return
    unreachable
  )
  (func $Program::Put (;82;) (type 3) (param i32 i32 i32 i32)
    (local i32 i32 i32 i32 i32 i32 i32 i64 i32 i64 i64)
    local.get 0
    i32.const 16
    i32.sub
    local.set 0
    local.get 0
    i32.const 0
    i32.add
    local.set 10
    local.get 10
    i64.const 0
    i64.store align=1
    local.get 10
    i64.const 0
    i64.store offset=8 align=1
    i32.const 1
    local.set 4
    local.get 0
    i32.const 0
    i32.add
    local.set 5
    local.get 5
    i64.const 0
    i64.store align=1
    local.get 5
    i32.const 0
    i32.store offset=8 align=1
    local.get 0
    i32.const 0
    i32.add
    local.get 2
    i32.store
    local.get 0
    i32.const 0
    i32.add
    i32.const 5
    i32.store offset=4
    local.get 0
    i32.const 0
    i32.add
    local.get 3
    i32.store offset=8
    local.get 0
    i32.const 0
    i32.add
    local.set 6
    local.get 1
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
      unreachable
    end
    local.get 4
    local.get 1
    i32.load offset=12
    i32.ge_u
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowIndexOutOfRange
      unreachable
    end
    local.get 4
    i32.const 12
    i32.mul
    local.set 7
    local.get 1
    local.get 7
    i32.add
    i32.const 16
    i32.add
    local.set 8
    local.get 6
    i64.load align=1
    local.set 13
    local.get 6
    i64.load32_u offset=8 align=1
    local.set 14
    local.get 8
    local.get 13
    i64.store align=1
    local.get 8
    local.get 14
    i64.store32 offset=8 align=1
    global.get 4
    local.get 8
    i32.const 10
    i32.shr_u
    i32.add
    i32.const 1
    i32.store8
    global.get 4
    local.get 8
    i32.const 11
    i32.add
    i32.const 10
    i32.shr_u
    i32.add
    i32.const 1
    i32.store8
    return
    unreachable
  )
  (func $Program::Local (;83;) (type 8) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i32 i64 i64)
    local.get 0
    i32.const 40
    i32.sub
    local.set 0
    local.get 0
    i32.const 0
    i32.add
    local.set 12
    local.get 12
    i32.const 0
    i32.const 40
    memory.fill
    local.get 0
    i32.const 0
    i32.add
    local.set 2
    local.get 2
    i64.const 0
    i64.store align=1
    local.get 2
    i32.const 0
    i32.store offset=8 align=1
    local.get 0
    i32.const 0
    i32.add
    local.get 1
    i32.store
    local.get 0
    i32.const 0
    i32.add
    local.set 3
    local.get 1
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
      unreachable
    end
    local.get 3
    local.get 1
    i32.load offset=8
    i32.store offset=4
    local.get 0
    i32.const 0
    i32.add
    local.set 4
    local.get 0
    i32.const 12
    i32.add
    local.set 5
    local.get 4
    i64.load align=1
    local.set 15
    local.get 4
    i64.load32_u offset=8 align=1
    local.set 16
    local.get 5
    local.get 15
    i64.store align=1
    local.get 5
    local.get 16
    i64.store32 offset=8 align=1
    local.get 5
    i32.load offset=4
    local.set 6
    local.get 0
    i32.const 0
    i32.add
    local.set 7
    local.get 0
    i32.const 24
    i32.add
    local.set 8
    local.get 7
    i64.load align=1
    local.set 15
    local.get 7
    i64.load32_u offset=8 align=1
    local.set 16
    local.get 8
    local.get 15
    i64.store align=1
    local.get 8
    local.get 16
    i64.store32 offset=8 align=1
    local.get 8
    i32.load
    local.set 9
    i32.const 0
    local.set 10
    local.get 6
    local.get 9
    local.get 10
    i32.gt_u
    i32.add
    return
    unreachable
  )
