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
    (local i32 i32 i32 i64 i64 i32 i32 i32 i32 i32 i64 i32)
    block ;; label = @1
      i32.const 1
      i32.const 2
      i32.add
      local.set 8
      i32.const 3
      local.set 1
      i32.const 4
      local.set 2
      local.get 8
      local.get 1
      i64.extend_i32_s
      local.get 2
      i64.extend_i32_s
      i64.add
      local.tee 11
      local.get 11
      i32.wrap_i64
      i64.extend_i32_s
      i64.ne
      if ;; label = @2
        local.get 0
        call $WasmR2R.Runtime.ThrowHelpers::ThrowOverflow
        unreachable
      end
      local.get 11
      i32.wrap_i64
      i32.add
      local.set 3
      i32.const 5
      i64.extend_i32_s
      local.set 4
      i32.const 6
      i64.extend_i32_s
      local.set 5
      local.get 3
      local.get 4
      i64.const -1
      i64.eq
      local.get 5
      i64.const -9223372036854775808
      i64.eq
      i32.and
      local.get 5
      i64.const -1
      i64.eq
      local.get 4
      i64.const -9223372036854775808
      i64.eq
      i32.and
      i32.or
      if ;; label = @2
        local.get 0
        call $WasmR2R.Runtime.ThrowHelpers::ThrowOverflow
        unreachable
      end
      local.get 4
      local.get 5
      i64.mul
      local.set 11
      local.get 5
      i64.eqz
      if (result i32) ;; label = @2
        i32.const 0
      else
        local.get 11
        local.get 5
        i64.div_s
        local.get 4
        i64.ne
      end
      if ;; label = @2
        local.get 0
        call $WasmR2R.Runtime.ThrowHelpers::ThrowOverflow
        unreachable
      end
      local.get 11
      i32.wrap_i64
      i32.add
      i32.const 70
      i32.const 7
      i32.div_s
      i32.add
      i32.const 9
      i32.const 5
      i32.rem_u
      i32.add
      local.set 6
      i32.const 75
      local.set 7
      local.get 6
      local.get 7
      i32.const 10
      i32.div_s
      local.get 7
      i32.const 7
      i32.rem_s
      i32.add
      i32.add
      i32.const 66
      i32.eq
      br_if 0 (;@1;)
      i32.const 1
      return
    end
    i32.const 100
    return
    unreachable
  )
  (func $Program::Add (;77;) (type 11) (param i32 i32 i32) (result i32)
    (local i32 i32 i64 i32)
    local.get 1
    local.get 2
    i32.add
    return
    unreachable
  )
  (func $Program::AddChecked (;78;) (type 11) (param i32 i32 i32) (result i32)
    (local i32 i32 i64 i32)
    local.get 1
    i64.extend_i32_s
    local.get 2
    i64.extend_i32_s
    i64.add
    local.tee 5
    local.get 5
    i32.wrap_i64
    i64.extend_i32_s
    i64.ne
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowOverflow
      unreachable
    end
    local.get 5
    i32.wrap_i64
    return
    unreachable
  )
  (func $Program::MulChecked (;79;) (type 12) (param i32 i64 i64) (result i64)
    (local i32 i32 i64 i32)
    local.get 1
    i64.const -1
    i64.eq
    local.get 2
    i64.const -9223372036854775808
    i64.eq
    i32.and
    local.get 2
    i64.const -1
    i64.eq
    local.get 1
    i64.const -9223372036854775808
    i64.eq
    i32.and
    i32.or
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowOverflow
      unreachable
    end
    local.get 1
    local.get 2
    i64.mul
    local.set 5
    local.get 2
    i64.eqz
    if (result i32) ;; label = @1
      i32.const 0
    else
      local.get 5
      local.get 2
      i64.div_s
      local.get 1
      i64.ne
    end
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowOverflow
      unreachable
    end
    local.get 5
    return
    unreachable
  )
  (func $Program::Divide (;80;) (type 11) (param i32 i32 i32) (result i32)
    (local i32 i32 i64 i32)
    local.get 2
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowDivideByZero
      unreachable
    end
    local.get 1
    i32.const -2147483648
    i32.eq
    local.get 2
    i32.const -1
    i32.eq
    i32.and
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowOverflow
      unreachable
    end
    local.get 1
    local.get 2
    i32.div_s
    return
    unreachable
  )
  (func $Program::RemainderUnsigned (;81;) (type 11) (param i32 i32 i32) (result i32)
    (local i32 i32 i64 i32)
    local.get 2
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowDivideByZero
      unreachable
    end
    local.get 1
    local.get 2
    i32.rem_u
    return
    unreachable
  )
  (func $Program::DivideByConstant (;82;) (type 8) (param i32 i32) (result i32)
    (local i32 i32 i64 i32)
    local.get 1
    i32.const 10
    i32.div_s
    local.get 1
    i32.const 7
    i32.rem_s
    i32.add
    return
    unreachable
  )
