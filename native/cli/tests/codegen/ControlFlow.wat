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
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64)
    block ;; label = @1
      i32.const 10
      local.set 1
      local.get 0
      local.get 1
      call $Program::SumTo
      local.set 2
      i32.const 1
      local.set 3
      local.get 0
      local.get 3
      call $Program::Classify
      local.set 4
      local.get 2
      local.get 4
      i32.add
      local.set 5
      i32.const 150
      local.set 6
      local.get 0
      local.get 6
      call $Program::Classify
      local.set 7
      local.get 5
      local.get 7
      i32.add
      local.set 8
      i32.const 115
      local.set 9
      local.get 8
      local.get 9
      i32.eq
      local.set 10
      local.get 10
      br_if 0 (;@1;)
      i32.const 1
      local.set 12
      local.get 12
      return
    end
    i32.const 100
    local.set 11
    local.get 11
    return
    unreachable
  )
  (func $Program::SumTo (;17;) (type 6) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64)
    i32.const 0
    local.set 4
    local.get 4
    local.set 2
    i32.const 1
    local.set 5
    local.get 5
    local.set 3
    block ;; label = @1
      loop ;; label = @2
        local.get 3
        local.set 6
        local.get 1
        local.set 7
        local.get 6
        local.get 7
        i32.le_s
        local.set 8
        local.get 8
        i32.eqz
        br_if 1 (;@1;)
        local.get 2
        local.set 9
        local.get 3
        local.set 10
        local.get 9
        local.get 10
        i32.add
        local.set 11
        local.get 11
        local.set 2
        local.get 3
        local.set 12
        i32.const 1
        local.set 13
        local.get 12
        local.get 13
        i32.add
        local.set 14
        local.get 14
        local.set 3
        br 0 (;@2;)
      end
    end
    local.get 2
    local.set 15
    local.get 15
    return
    unreachable
  )
  (func $Program::Classify (;18;) (type 6) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64)
    block ;; label = @1
      block ;; label = @2
        block ;; label = @3
          block ;; label = @4
            local.get 1
            local.set 2
            local.get 2
            br_table 3 (;@1;) 2 (;@2;) 1 (;@3;) 0 (;@4;)
          end
          block ;; label = @4
            local.get 1
            local.set 6
            i32.const 100
            local.set 7
            local.get 6
            local.get 7
            i32.le_s
            local.set 8
            local.get 8
            br_if 0 (;@4;)
            local.get 1
            local.set 10
            i32.const 200
            local.set 11
            local.get 10
            local.get 11
            i32.lt_s
            local.set 12
            local.get 12
            i32.eqz
            br_if 0 (;@4;)
            i32.const 40
            local.set 13
            local.get 13
            return
          end
          i32.const 50
          local.set 9
          local.get 9
          return
        end
        i32.const 30
        local.set 5
        local.get 5
        return
      end
      i32.const 20
      local.set 4
      local.get 4
      return
    end
    i32.const 10
    local.set 3
    local.get 3
    return
    unreachable
  )
