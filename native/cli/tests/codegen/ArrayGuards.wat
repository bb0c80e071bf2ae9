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
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i32)
    local.get 0
    i32.const 16
    i32.sub
    local.set 0
    local.get 0
    i32.const 0
    i32.add
    local.set 9
    local.get 9
    i64.const 0
    i64.store align=1
    local.get 9
    i64.const 0
    i64.store offset=8 align=1
    i32.const 4
    local.set 3
    local.get 0
    global.get 1
    i32.const 744
    i32.add
    local.get 3
    call $WasmR2R.Runtime.Allocator::AllocArray
    local.set 1
    local.get 0
    local.get 1
    i32.store offset=8
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
        local.get 0
        i32.const 0
        i32.add
        local.set 4
        local.get 4
        i64.const 0
        i64.store align=1
        local.get 0
        i32.const 0
        i32.add
        i32.const 10
        local.get 2
        i32.mul
        i32.store
        local.get 0
        i32.const 0
        i32.add
        local.get 2
        i32.const 1
        i32.add
        i32.store offset=4
        local.get 0
        i32.const 0
        i32.add
        local.set 5
        local.get 2
        i32.const 8
        i32.mul
        local.set 6
        local.get 1
        local.get 6
        i32.add
        i32.const 16
        i32.add
        local.set 7
        local.get 7
        local.get 5
        i64.load align=1
        i64.store align=1
        local.get 2
        i32.const 1
        i32.add
        local.set 2
        br 0 (;@2;)
      end
    end
    local.get 0
    local.get 1
    i32.const 0
    i32.const 20
    call $Program::Find
    local.get 0
    local.get 1
    i32.const 1
    i32.const 99
    call $Program::Find
    i32.add
    return
    unreachable
  )
  (func $Program::Find (;78;) (type 10) (param i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i64 i32)
    block ;; label = @1
      block ;; label = @2
        loop ;; label = @3
          local.get 1
          i32.eqz
          if ;; label = @4
            local.get 0
            call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
            unreachable
          end
          local.get 2
          local.get 1
          i32.load offset=12
          i32.lt_u
          i32.eqz
          br_if 1 (;@2;)
          local.get 2
          i32.const 8
          i32.mul
          local.set 5
          local.get 1
          local.get 5
          i32.add
          i32.const 16
          i32.add
          local.set 4
          local.get 4
          i32.load
          local.get 3
          i32.ne
          i32.eqz
          br_if 2 (;@1;)
          local.get 4
          i32.load offset=4
          local.set 2
          br 0 (;@3;)
        end
      end
      i32.const -1
      return
    end
    local.get 2
    return
    unreachable
  )
