  (func $<entry> (;5;) (type 5) (param i32) (result i32)
    (local i32 i32 i32 i64)
    local.get 0
    call $WasmR2R.Runtime.Startup::Initialize
    local.get 0
    call $Program::Main
    local.set 1
    local.get 1
    return
    unreachable
  )
  (func $Program::Main (;14;) (type 5) (param i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i64 i32 i64 i64 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64)
    block ;; label = @1
      i32.const 1
      local.set 1
      i32.const 2
      local.set 2
      local.get 0
      local.get 1
      local.get 2
      call $Program::Add
      local.set 3
      i32.const 3
      local.set 4
      i32.const 4
      local.set 5
      local.get 0
      local.get 4
      local.get 5
      call $Program::AddChecked
      local.set 6
      local.get 3
      local.get 6
      i32.add
      local.set 7
      i32.const 5
      local.set 8
      local.get 8
      i64.extend_i32_s
      local.set 9
      i32.const 6
      local.set 10
      local.get 10
      i64.extend_i32_s
      local.set 11
      local.get 0
      local.get 9
      local.get 11
      call $Program::MulChecked
      local.set 12
      local.get 12
      i32.wrap_i64
      local.set 13
      local.get 7
      local.get 13
      i32.add
      local.set 14
      i32.const 70
      local.set 15
      i32.const 7
      local.set 16
      local.get 0
      local.get 15
      local.get 16
      call $Program::Divide
      local.set 17
      local.get 14
      local.get 17
      i32.add
      local.set 18
      i32.const 9
      local.set 19
      i32.const 5
      local.set 20
      local.get 0
      local.get 19
      local.get 20
      call $Program::RemainderUnsigned
      local.set 21
      local.get 18
      local.get 21
      i32.add
      local.set 22
      i32.const 54
      local.set 23
      local.get 22
      local.get 23
      i32.eq
      local.set 24
      local.get 24
      br_if 0 (;@1;)
      i32.const 1
      local.set 26
      local.get 26
      return
    end
    i32.const 100
    local.set 25
    local.get 25
    return
    unreachable
  )
  (func $Program::Add (;17;) (type 6) (param i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i64)
    local.get 1
    local.set 3
    local.get 2
    local.set 4
    local.get 3
    local.get 4
    i32.add
    local.set 5
    local.get 5
    return
    unreachable
  )
  (func $Program::AddChecked (;18;) (type 6) (param i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i64)
    local.get 1
    local.set 3
    local.get 2
    local.set 4
    local.get 3
    i64.extend_i32_s
    local.get 4
    i64.extend_i32_s
    i64.add
    local.tee 8
    local.get 8
    i32.wrap_i64
    i64.extend_i32_s
    i64.ne
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowOverflow
      unreachable
    end
    local.get 8
    i32.wrap_i64
    local.set 5
    local.get 5
    return
    unreachable
  )
  (func $Program::MulChecked (;19;) (type 7) (param i32 i64 i64) (result i64)
    (local i64 i64 i64 i32 i32 i64)
    local.get 1
    local.set 3
    local.get 2
    local.set 4
    local.get 3
    i64.const -1
    i64.eq
    local.get 4
    i64.const -9223372036854775808
    i64.eq
    i32.and
    local.get 4
    i64.const -1
    i64.eq
    local.get 3
    i64.const -9223372036854775808
    i64.eq
    i32.and
    i32.or
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowOverflow
      unreachable
    end
    local.get 3
    local.get 4
    i64.mul
    local.set 8
    local.get 4
    i64.eqz
    if (result i32) ;; label = @1
      i32.const 0
    else
      local.get 8
      local.get 4
      i64.div_s
      local.get 3
      i64.ne
    end
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowOverflow
      unreachable
    end
    local.get 8
    local.set 5
    local.get 5
    return
    unreachable
  )
  (func $Program::Divide (;20;) (type 6) (param i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i64)
    local.get 1
    local.set 3
    local.get 2
    local.set 4
    local.get 4
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowDivideByZero
      unreachable
    end
    local.get 3
    i32.const -2147483648
    i32.eq
    local.get 4
    i32.const -1
    i32.eq
    i32.and
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowOverflow
      unreachable
    end
    local.get 3
    local.get 4
    i32.div_s
    local.set 5
    local.get 5
    return
    unreachable
  )
  (func $Program::RemainderUnsigned (;21;) (type 6) (param i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i64)
    local.get 1
    local.set 3
    local.get 2
    local.set 4
    local.get 4
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowDivideByZero
      unreachable
    end
    local.get 3
    local.get 4
    i32.rem_u
    local.set 5
    local.get 5
    return
    unreachable
  )
