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
    global.get 1
    i32.const 1236
    i32.add
    i32.load
    i32.add
    return
    unreachable
  )
  (func $Program::Guarded (;78;) (type 11) (param i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i32)
    local.get 0
    i32.const 8
    i32.sub
    local.set 0
    local.get 0
    i32.const 0
    i32.add
    local.set 19
    local.get 19
    i64.const 0
    i64.store align=1
    block (result i32) ;; label = @1
      loop ;; label = @2
        try ;; label = @3
          block ;; label = @4
            block ;; label = @5
              block ;; label = @6
                block ;; label = @7
                  local.get 0
                  local.get 5
                  i32.store
                  local.get 5
                  br_if 0 (;@7;)
                  br 1 (;@6;)
                end
                i32.const -1
                local.set 6
                local.get 4
                br_table 0 (;@6;) 1 (;@5;) 0 (;@6;)
              end
              block ;; label = @6
                i32.const 1
                local.set 4
                local.get 1
                i32.eqz
                if ;; label = @7
                  local.get 0
                  call $WasmR2R.Runtime.ThrowHelpers::ThrowNullReference
                  unreachable
                end
                local.get 2
                local.get 1
                i32.load offset=12
                i32.lt_u
                local.set 17
                local.get 2
                local.set 12
                local.get 1
                local.set 13
                local.get 17
                br_if 0 (;@6;)
                local.get 0
                call $WasmR2R.Runtime.ThrowHelpers::NewIndexOutOfRange
                local.set 5
                local.get 0
                local.get 5
                i32.store
                i32.const 0
                local.set 6
                br 1 (;@5;)
              end
              local.get 12
              i32.const 4
              i32.mul
              local.set 14
              local.get 13
              local.get 14
              i32.add
              i32.load offset=16
              local.set 3
              br 1 (;@4;)
            end
            block ;; label = @5
              local.get 5
              local.set 7
              local.get 5
              local.set 8
              local.get 6
              i32.const 0
              i32.eq
              br_if 0 (;@5;)
              local.get 5
              local.set 9
              local.get 6
              local.set 10
              i32.const 0
              local.set 11
              global.get 1
              i32.const 1236
              i32.add
              i32.load
              i32.const 1
              i32.add
              local.set 16
              global.get 1
              i32.const 1236
              i32.add
              local.get 16
              i32.store
              local.get 9
              local.set 5
              local.get 0
              local.get 5
              i32.store
              local.get 10
              local.set 6
              local.get 5
              br 4 (;@1;)
            end
            i32.const -1
            local.set 3
          end
          global.get 1
          i32.const 1236
          i32.add
          i32.load
          i32.const 1
          i32.add
          local.set 15
          global.get 1
          i32.const 1236
          i32.add
          local.get 15
          i32.store
          local.get 3
          return
          unreachable
        catch 0
          local.set 5
          br 1 (;@2;)
        end
        unreachable
      end
      unreachable
    end
    throw 0
  )
