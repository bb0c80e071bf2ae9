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
    (local i32 i32 i32 i32 i32 i32 i64 i32)
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
    i32.const 1
    local.set 1
    local.get 0
    global.get 1
    i32.const 744
    i32.add
    local.get 1
    call $WasmR2R.Runtime.Allocator::AllocArray
    local.set 2
    i32.const 0
    local.set 3
    global.get 1
    i32.const 1240
    i32.add
    local.set 4
    local.get 0
    local.get 2
    i32.store
    local.get 0
    local.get 2
    local.get 3
    local.get 4
    call $WasmR2R.Runtime.Arrays::StelemRef
    local.get 0
    local.get 2
    i32.const 2
    call $Program::Pick
    return
    unreachable
  )
  (func $Program::Pick (;79;) (type 11) (param i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i64 i32)
    block ;; label = @1
      i32.const 0
      local.set 4
      local.get 1
      i32.eqz
      if ;; label = @2
        local.get 0
        call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
        unreachable
      end
      local.get 4
      local.get 1
      i32.load offset=12
      i32.ge_u
      if ;; label = @2
        local.get 0
        call $WasmR2R.Runtime.ThrowHelpers::ThrowIndexOutOfRange
        unreachable
      end
      local.get 4
      i32.const 4
      i32.mul
      local.set 5
      local.get 1
      local.get 5
      i32.add
      i32.load offset=16
      local.set 6
      local.get 2
      i32.const 0
      i32.ge_s
      local.set 7
      local.get 6
      local.set 3
      local.get 7
      br_if 0 (;@1;)
      local.get 0
      call $Program::Fail
      unreachable
    end
    local.get 3
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
      unreachable
    end
    local.get 3
    i32.load offset=8
    local.get 2
    i32.add
    return
    unreachable
  )
  (func $Program::Fail (;109;) (type 0) (param i32)
    (local i32 i32 i32 i32 i32 i32 i32 i64 i32)
    local.get 0
    i32.const 16
    i32.sub
    local.set 0
    local.get 0
    i32.const 0
    i32.add
    local.set 7
    local.get 7
    i64.const 0
    i64.store align=1
    local.get 7
    i64.const 0
    i64.store offset=8 align=1
    block ;; label = @1
      global.get 1
      i32.const 13776
      i32.add
      local.set 2
      local.get 0
      local.get 2
      i32.load offset=4
      call $WasmR2R.Runtime.Collector::Allocate
      local.set 3
      local.get 3
      local.get 2
      i32.store
      local.get 3
      local.set 4
      global.get 1
      i32.const 34600
      i32.add
      local.set 5
      local.get 0
      local.get 4
      i32.store offset=4
      local.get 0
      local.get 5
      i32.store offset=8
      local.get 0
      local.get 4
      call $"#func168 System.Exception::.ctor"
      local.get 4
      local.get 5
      i32.store offset=12
      global.get 4
      local.get 4
      i32.const 12
      i32.add
      i32.const 10
      i32.shr_u
      i32.add
      i32.const 1
      i32.store8
      local.get 4
      i32.const -2146233087
      i32.store offset=48
      local.get 4
      i32.const -2147024809
      i32.store offset=48
      local.get 4
      i32.const -2146233086
      i32.store offset=48
      local.get 4
      local.set 1
      local.get 0
      local.get 1
      i32.store
      local.get 1
      br_if 0 (;@1;)
      local.get 0
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::NewNullReference
      i32.const 0
      call $WasmR2R.Runtime.ExceptionDispatch::Raise
    end
    local.get 0
    local.get 1
    i32.const 0
    call $WasmR2R.Runtime.ExceptionDispatch::Raise
    unreachable
    unreachable
  )
