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
    (local i32 i32 i64 i32)
    block ;; label = @1
      local.get 0
      call $Program::ReadLimits
      i32.const 21
      i32.ne
      br_if 0 (;@1;)
      global.get 1
      i32.const 5828
      i32.add
      local.tee 2
      i32.load8_u
      i32.const 1
      i32.ne
      if ;; label = @2
        local.get 0
        local.get 2
        global.get 2
        i32.const 102
        i32.add
        global.get 1
        i32.const 11632
        i32.add
        call $WasmR2R.Runtime.ClassConstructors::Run
      end
      global.get 1
      i32.const 5832
      i32.add
      i32.load
      i32.const 42
      i32.eq
      i32.eqz
      br_if 0 (;@1;)
      i32.const 100
      return
    end
    i32.const 1
    return
    unreachable
  )
  (func $Program::ReadLimits (;77;) (type 9) (param i32) (result i32)
    (local i32 i32 i32 i32 i32 i64 i32)
    global.get 1
    i32.const 5800
    i32.add
    i64.load
    i32.const 20
    i64.extend_i32_u
    i64.shr_s
    i32.wrap_i64
    global.get 1
    i32.const 5800
    i32.add
    i32.load offset=8
    i32.add
    global.get 1
    i32.const 5800
    i32.add
    f64.load offset=16
    f64.const 0x1p-1 (;=0.5;)
    f64.eq
    i32.add
    local.set 1
    global.get 1
    i32.const 5824
    i32.add
    i32.load
    local.set 2
    i32.const 0
    local.set 3
    local.get 1
    local.get 2
    local.get 3
    i32.eq
    i32.add
    return
    unreachable
  )
  (func $Program::ReadComputed (;78;) (type 9) (param i32) (result i32)
    (local i32 i32 i64 i32)
    global.get 1
    i32.const 5828
    i32.add
    local.tee 2
    i32.load8_u
    i32.const 1
    i32.ne
    if ;; label = @1
      local.get 0
      local.get 2
      global.get 2
      i32.const 102
      i32.add
      global.get 1
      i32.const 11632
      i32.add
      call $WasmR2R.Runtime.ClassConstructors::Run
    end
    global.get 1
    i32.const 5832
    i32.add
    i32.load
    return
    unreachable
  )
