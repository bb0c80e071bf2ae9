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
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i32)
    i32.const 7
    local.set 3
    local.get 0
    global.get 1
    i32.const 744
    i32.add
    local.get 3
    call $WasmR2R.Runtime.Allocator::AllocArray
    local.set 1
    i32.const 0
    local.set 2
    block ;; label = @1
      loop ;; label = @2
        local.get 2
        local.get 1
        i32.load offset=12
        i32.lt_s
        i32.eqz
        br_if 1 (;@1;)
        i32.const 3
        local.get 2
        i32.mul
        local.set 4
        local.get 2
        i32.const 4
        i32.mul
        local.set 5
        local.get 1
        local.get 5
        i32.add
        local.get 4
        i32.store offset=16
        local.get 2
        i32.const 1
        i32.add
        local.set 2
        br 0 (;@2;)
      end
    end
    i32.const -5
    local.set 6
    local.get 1
    i32.load offset=12
    local.set 8
    local.get 8
    i32.const 31
    i32.shr_s
    local.set 9
    local.get 8
    local.get 9
    i32.xor
    local.get 9
    i32.sub
    local.set 10
    local.get 10
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowDivideByZero
      unreachable
    end
    local.get 6
    local.get 10
    i32.rem_u
    i32.const 4
    i32.mul
    local.set 11
    local.get 1
    local.get 11
    i32.add
    i32.load offset=16
    local.set 12
    i32.const 12
    local.set 7
    local.get 1
    i32.load offset=12
    local.set 13
    local.get 13
    i32.const 31
    i32.shr_s
    local.set 14
    local.get 13
    local.get 14
    i32.xor
    local.get 14
    i32.sub
    local.set 15
    local.get 15
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowDivideByZero
      unreachable
    end
    local.get 7
    local.get 15
    i32.rem_u
    i32.const 4
    i32.mul
    local.set 16
    local.get 12
    local.get 1
    local.get 16
    i32.add
    i32.load offset=16
    i32.add
    return
    unreachable
  )
  (func $Program::Bucket (;78;) (type 11) (param i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i64 i32)
    local.get 1
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
      unreachable
    end
    local.get 1
    i32.load offset=12
    local.set 3
    local.get 3
    i32.const 31
    i32.shr_s
    local.set 5
    local.get 3
    local.get 5
    i32.xor
    local.get 5
    i32.sub
    local.set 6
    local.get 6
    i32.eqz
    if ;; label = @1
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::ThrowDivideByZero
      unreachable
    end
    local.get 2
    local.get 6
    i32.rem_u
    i32.const 4
    i32.mul
    local.set 4
    local.get 1
    local.get 4
    i32.add
    i32.load offset=16
    return
    unreachable
  )
