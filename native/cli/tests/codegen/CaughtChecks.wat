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
    (local i32 i32 i32 i32 i32 i64 i32)
    i32.const 2
    local.set 1
    local.get 0
    local.get 0
    global.get 1
    i32.const 744
    i32.add
    local.get 1
    call $WasmR2R.Runtime.Allocator::AllocArray
    i32.const 1
    call $Program::Guarded
    local.set 2
    i32.const 2
    local.set 3
    local.get 2
    local.get 0
    local.get 0
    global.get 1
    i32.const 744
    i32.add
    local.get 3
    call $WasmR2R.Runtime.Allocator::AllocArray
    i32.const 5
    call $Program::Guarded
    i32.add
    return
    unreachable
  )
  (func $Program::Guarded (;78;) (type 11) (param i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i32)
    block ;; label = @1
      block ;; label = @2
        i32.const 1
        local.set 4
        local.get 1
        i32.eqz
        if ;; label = @3
          local.get 0
          call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
          unreachable
        end
        local.get 2
        local.get 1
        i32.load offset=12
        i32.lt_u
        local.set 12
        local.get 2
        local.set 9
        local.get 1
        local.set 10
        local.get 12
        br_if 0 (;@2;)
        local.get 0
        call $WasmR2R.Runtime.ThrowHelpers::NewIndexOutOfRange
        local.set 5
        i32.const 0
        local.set 6
        block ;; label = @3
          local.get 5
          local.set 7
          local.get 5
          local.set 8
          local.get 6
          i32.const 0
          i32.eq
          br_if 0 (;@3;)
          unreachable
        end
        i32.const -1
        local.set 3
        br 1 (;@1;)
      end
      local.get 9
      i32.const 4
      i32.mul
      local.set 11
      local.get 10
      local.get 11
      i32.add
      i32.load offset=16
      i32.const 3
      i32.mul
      local.set 3
    end
    local.get 3
    return
    unreachable
  )
