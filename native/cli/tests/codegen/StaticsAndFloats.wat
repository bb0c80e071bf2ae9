  (func $<entry> (;5;) (type 5) (param i32) (result i32)
    (local i32 i32 i32 i64)
    local.get 0
    call $WasmR2R.Runtime.Startup::Initialize
    global.get 1
    i32.const 64
    i32.add
    local.tee 3
    i32.load8_u
    i32.eqz
    if ;; label = @1
      local.get 3
      i32.const 1
      i32.store8
      local.get 0
      call $Program::.cctor
    end
    local.get 0
    call $Program::Main
    local.set 1
    local.get 1
    return
    unreachable
  )
  (func $Program::Main (;14;) (type 5) (param i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 f64 i32 i32 i32 f64 f64 i32 i32 i32 i32 i64)
    local.get 0
    i32.const 8
    i32.sub
    local.set 0
    local.get 0
    i32.const 0
    i32.add
    local.set 16
    local.get 16
    i32.const 0
    i32.store align=1
    block ;; label = @1
      i32.const 1
      local.set 1
      local.get 0
      local.get 1
      i32.store
      local.get 0
      i32.const 0
      i32.add
      local.set 2
      local.get 0
      local.get 2
      call $Program::Bump
      local.get 0
      i32.load
      local.set 3
      i32.const 6
      local.set 4
      local.get 3
      local.get 4
      i32.ne
      local.set 5
      local.get 5
      br_if 0 (;@1;)
      f64.const 0x1.5af1d78b58c4p+66 (;=100000000000000000000;)
      local.set 7
      local.get 0
      local.get 7
      call $Program::Saturate
      local.set 8
      i32.const 2147483647
      local.set 9
      local.get 8
      local.get 9
      i32.ne
      local.set 10
      local.get 10
      br_if 0 (;@1;)
      f64.const -nan (;=NaN;)
      local.set 11
      f64.const 0x0p+0 (;=0;)
      local.set 12
      local.get 0
      local.get 11
      local.get 12
      call $Program::LessOrUnordered
      local.set 13
      local.get 13
      i32.eqz
      br_if 0 (;@1;)
      i32.const 100
      local.set 14
      local.get 14
      return
    end
    i32.const 1
    local.set 6
    local.get 6
    return
    unreachable
  )
  (func $Program::.cctor (;17;) (type 0) (param i32)
    (local i32 i32 i32 i32 i64)
    i32.const 5
    local.set 1
    global.get 1
    i32.const 1336
    i32.add
    local.set 2
    local.get 2
    local.get 1
    i32.store
    return
    unreachable
  )
  (func $Program::Bump (;18;) (type 4) (param i32 i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i64)
    local.get 1
    local.set 2
    local.get 1
    local.set 3
    local.get 3
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
      unreachable
    end
    local.get 3
    i32.load
    local.set 4
    global.get 1
    i32.const 1336
    i32.add
    local.set 5
    local.get 5
    i32.load
    local.set 6
    local.get 4
    local.get 6
    i32.add
    local.set 7
    local.get 2
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
      unreachable
    end
    local.get 2
    local.get 7
    i32.store
    return
    unreachable
  )
  (func $Program::Saturate (;19;) (type 6) (param i32 f64) (result i32)
    (local f64 i32 i32 i32 i64)
    local.get 1
    local.set 2
    local.get 2
    i32.trunc_sat_f64_s
    local.set 3
    local.get 3
    return
    unreachable
  )
  (func $Program::LessOrUnordered (;20;) (type 7) (param i32 f64 f64) (result i32)
    (local f64 f64 i32 i32 i32 i64)
    local.get 1
    local.set 3
    local.get 2
    local.set 4
    local.get 3
    local.get 4
    f64.ge
    i32.eqz
    local.set 5
    local.get 5
    i32.const 255
    i32.and
    return
    unreachable
  )
