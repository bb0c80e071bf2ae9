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
    local.get 0
    i32.const 1
    call $Program::Once
    local.get 0
    i32.const 2
    call $Program::Nested
    i32.add
    global.get 1
    i32.const 744
    i32.add
    i32.load
    i32.add
    return
    unreachable
  )
  (func $Program::Once (;77;) (type 8) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i32)
    local.get 0
    i32.const 8
    i32.sub
    local.set 0
    local.get 0
    i32.const 0
    i32.add
    local.set 10
    local.get 10
    i64.const 0
    i64.store align=1
    local.get 0
    local.get 4
    i32.store
    try ;; label = @1
      i32.const 1
      local.set 3
      local.get 0
      local.get 1
      call $Program::Work
      local.set 2
      global.get 1
      i32.const 744
      i32.add
      i32.load
      i32.const 1
      i32.add
      local.set 7
      global.get 1
      i32.const 744
      i32.add
      local.get 7
      i32.store
      local.get 2
      return
      unreachable
    catch 0
      local.set 4
      block ;; label = @2
        local.get 0
        local.get 4
        i32.store
        local.get 3
        br_table 0 (;@2;) 0 (;@2;) 0 (;@2;)
      end
      local.get 4
      local.set 5
      i32.const 0
      local.set 6
      global.get 1
      i32.const 744
      i32.add
      i32.load
      i32.const 1
      i32.add
      local.set 8
      global.get 1
      i32.const 744
      i32.add
      local.get 8
      i32.store
      local.get 5
      local.set 4
      local.get 0
      local.get 4
      i32.store
      rethrow 0 (;@1;)
      unreachable
    end
    unreachable
  )
  (func $Program::Nested (;78;) (type 8) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i32)
    local.get 0
    i32.const 8
    i32.sub
    local.set 0
    local.get 0
    i32.const 0
    i32.add
    local.set 12
    local.get 12
    i64.const 0
    i64.store align=1
    block (result i32) ;; label = @1
      loop ;; label = @2
        try ;; label = @3
          block ;; label = @4
            block ;; label = @5
              block ;; label = @6
                local.get 0
                local.get 4
                i32.store
                local.get 3
                br_table 2 (;@4;) 0 (;@6;) 1 (;@5;) 2 (;@4;)
              end
              local.get 4
              local.set 7
              local.get 0
              local.get 7
              i32.store offset=4
              i32.const 0
              local.set 8
              i32.const 2
              local.set 3
              local.get 0
              local.get 1
              call $Program::Close
              local.get 7
              local.set 4
              local.get 0
              local.get 4
              i32.store
            end
            local.get 4
            local.set 5
            i32.const 0
            local.set 6
            global.get 1
            i32.const 744
            i32.add
            i32.load
            i32.const 1
            i32.add
            local.set 10
            global.get 1
            i32.const 744
            i32.add
            local.get 10
            i32.store
            local.get 5
            local.set 4
            local.get 0
            local.get 4
            i32.store
            local.get 4
            br 3 (;@1;)
          end
          i32.const 1
          local.set 3
          local.get 0
          local.get 1
          call $Program::Work
          local.set 2
          i32.const 2
          local.set 3
          local.get 0
          local.get 1
          call $Program::Close
          global.get 1
          i32.const 744
          i32.add
          i32.load
          i32.const 1
          i32.add
          local.set 9
          global.get 1
          i32.const 744
          i32.add
          local.get 9
          i32.store
          local.get 2
          return
          unreachable
        catch 0
          local.set 4
          br 1 (;@2;)
        end
        unreachable
      end
      unreachable
    end
    throw 0
  )
  (func $Program::Work (;108;) (type 8) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i64 i32)
    local.get 0
    i32.const 16
    i32.sub
    local.set 0
    local.get 0
    i32.const 0
    i32.add
    local.set 8
    local.get 8
    i64.const 0
    i64.store align=1
    local.get 8
    i64.const 0
    i64.store offset=8 align=1
    block ;; label = @1
      local.get 1
      i32.const 0
      i32.lt_s
      br_if 0 (;@1;)
      local.get 1
      i32.const 2
      i32.mul
      return
    end
    block ;; label = @1
      global.get 1
      i32.const 11600
      i32.add
      local.set 3
      local.get 0
      local.get 3
      i32.load offset=4
      call $WasmR2R.Runtime.Collector::Allocate
      local.set 4
      local.get 4
      local.get 3
      i32.store
      local.get 4
      local.set 5
      global.get 1
      i32.const 34520
      i32.add
      local.set 6
      local.get 0
      local.get 5
      i32.store offset=4
      local.get 0
      local.get 6
      i32.store offset=8
      local.get 0
      local.get 5
      call $System.Object::.ctor
      local.get 5
      i32.const -2146233088
      i32.store offset=48
      local.get 5
      local.get 6
      i32.store offset=12
      global.get 4
      local.get 5
      i32.const 12
      i32.add
      i32.const 10
      i32.shr_u
      i32.add
      i32.const 1
      i32.store8
      local.get 5
      i32.const -2146233087
      i32.store offset=48
      local.get 5
      i32.const -2147024809
      i32.store offset=48
      local.get 5
      local.set 2
      local.get 0
      local.get 2
      i32.store
      local.get 2
      br_if 0 (;@1;)
      local.get 0
      local.get 0
      call $WasmR2R.Runtime.ThrowHelpers::NewNullReference
      i32.const 0
      call $WasmR2R.Runtime.ExceptionDispatch::Raise
    end
    local.get 0
    local.get 2
    i32.const 0
    call $WasmR2R.Runtime.ExceptionDispatch::Raise
    unreachable
    unreachable
  )
  (func $Program::Close (;109;) (type 4) (param i32 i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i64 i32)
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
    block ;; label = @1
      local.get 1
      i32.const -2
      i32.ne
      br_if 0 (;@1;)
      block ;; label = @2
        global.get 1
        i32.const 11816
        i32.add
        local.set 4
        local.get 0
        local.get 4
        i32.load offset=4
        call $WasmR2R.Runtime.Collector::Allocate
        local.set 5
        local.get 5
        local.get 4
        i32.store
        local.get 5
        local.set 6
        global.get 1
        i32.const 34704
        i32.add
        local.set 7
        local.get 0
        local.get 6
        i32.store offset=4
        local.get 0
        local.get 7
        i32.store offset=8
        local.get 0
        local.get 6
        call $System.Object::.ctor
        local.get 6
        i32.const -2146233088
        i32.store offset=48
        local.get 6
        local.get 7
        i32.store offset=12
        global.get 4
        local.get 6
        i32.const 12
        i32.add
        i32.const 10
        i32.shr_u
        i32.add
        i32.const 1
        i32.store8
        local.get 6
        i32.const -2146233087
        i32.store offset=48
        local.get 6
        i32.const -2146233079
        i32.store offset=48
        local.get 6
        local.set 2
        local.get 0
        local.get 2
        i32.store
        local.get 2
        br_if 0 (;@2;)
        local.get 0
        local.get 0
        call $WasmR2R.Runtime.ThrowHelpers::NewNullReference
        i32.const 0
        call $WasmR2R.Runtime.ExceptionDispatch::Raise
      end
      local.get 0
      local.get 2
      i32.const 0
      call $WasmR2R.Runtime.ExceptionDispatch::Raise
      unreachable
    end
    global.get 1
    i32.const 744
    i32.add
    i32.load
    i32.const 1
    i32.add
    local.set 3
    global.get 1
    i32.const 744
    i32.add
    local.get 3
    i32.store
    return
    unreachable
  )
