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
      i32.const 10
      call $Program::SumTo
      local.get 0
      i32.const 1
      call $Program::Classify
      i32.add
      local.get 0
      i32.const 150
      call $Program::Classify
      i32.add
      i32.const 115
      i32.eq
      br_if 0 (;@1;)
      i32.const 1
      return
    end
    i32.const 100
    return
    unreachable
  )
  (func $Program::SumTo (;77;) (type 8) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i64 i32)
    i32.const 0
    local.set 2
    i32.const 1
    local.set 3
    block ;; label = @1
      loop ;; label = @2
        local.get 3
        local.get 1
        i32.le_s
        i32.eqz
        br_if 1 (;@1;)
        local.get 2
        local.get 3
        i32.add
        local.set 2
        local.get 3
        i32.const 1
        i32.add
        local.set 3
        br 0 (;@2;)
      end
    end
    local.get 2
    return
    unreachable
  )
  (func $Program::Classify (;78;) (type 8) (param i32 i32) (result i32)
    (local i32 i32 i64 i32)
    block ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            local.get 1
            br_table 3 (;@1;) 2 (;@2;) 1 (;@3;) 0 (;@4;)
          end
          block ;; label = @4
            local.get 1
            i32.const 100
            i32.le_s
            br_if 0 (;@4;)
            local.get 1
            i32.const 200
            i32.lt_s
            i32.eqz
            br_if 0 (;@4;)
            i32.const 40
            return
          end
          i32.const 50
          return
        end
        i32.const 30
        return
      end
      i32.const 20
      return
    end
    i32.const 10
    return
    unreachable
  )
