  (func $<entry> (;35;) (type 9) (param i32) (result i32)
    (local i32 i32 i64 i32)
    try (result i32) ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.Startup::Initialize
      global.get 1
      i32.const 64
      i32.add
      local.tee 2
      i32.load8_u
      i32.const 1
      i32.ne
      if ;; label = @2
        local.get 0
        local.get 2
        global.get 2
        i32.const 42
        i32.add
        global.get 1
        i32.const 752
        i32.add
        call $WasmR2R.Runtime.ClassConstructors::Run
      end
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
    (local i32 i32 i32 i64 i32)
    block ;; label = @1
      i32.const 1
      local.set 1
      local.get 1
      global.get 1
      i32.const 5884
      i32.add
      i32.load
      i32.add
      local.set 1
      local.get 1
      i32.const 6
      i32.ne
      br_if 0 (;@1;)
      f64.const 0x1.5af1d78b58c4p+66 (;=100000000000000000000;)
      i32.trunc_sat_f64_s
      i32.const 2147483647
      i32.ne
      br_if 0 (;@1;)
      f64.const -nan (;=NaN;)
      f64.const 0x0p+0 (;=0;)
      f64.ge
      i32.eqz
      i32.const 255
      i32.and
      i32.eqz
      br_if 0 (;@1;)
      i32.const 100
      return
    end
    i32.const 1
    return
    unreachable
  )
  (func $Program::.cctor (;77;) (type 0) (param i32)
    (local i32 i32 i32 i64 i32)
    i32.const 5
    local.set 1
    global.get 1
    i32.const 5884
    i32.add
    local.get 1
    i32.store
    return
    unreachable
  )
  (func $Program::Bump (;78;) (type 4) (param i32 i32)
    (local i32 i32 i64 i32)
    local.get 1
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
      unreachable
    end
    local.get 1
    local.get 1
    i32.load
    global.get 1
    i32.const 5884
    i32.add
    i32.load
    i32.add
    i32.store
    return
    unreachable
  )
  (func $Program::Saturate (;79;) (type 12) (param i32 f64) (result i32)
    (local i32 i32 i64 i32)
    local.get 1
    i32.trunc_sat_f64_s
    return
    unreachable
  )
  (func $Program::LessOrUnordered (;80;) (type 13) (param i32 f64 f64) (result i32)
    (local i32 i32 i64 i32)
    local.get 1
    local.get 2
    f64.ge
    i32.eqz
    i32.const 255
    i32.and
    return
    unreachable
  )
