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
    (local i32 i32 i32 i32 i32 i32 i32 i64 i32)
    block ;; label = @1
      i32.const 0
      local.set 1
      i32.const 0
      i32.const 255
      i32.and
      br_if 0 (;@1;)
      local.get 1
      i32.const 1
      i32.add
      local.set 1
    end
    block ;; label = @1
      i32.const 0
      local.set 2
      i32.const 0
      local.set 3
      local.get 2
      local.get 3
      i32.eq
      i32.const 255
      i32.and
      i32.eqz
      br_if 0 (;@1;)
      local.get 1
      i32.const 2
      i32.add
      local.set 1
    end
    block ;; label = @1
      i32.const 1
      i32.const 255
      i32.and
      i32.eqz
      br_if 0 (;@1;)
      local.get 1
      i32.const 4
      i32.add
      local.set 1
    end
    block ;; label = @1
      i32.const 0
      local.set 4
      i32.const 0
      local.set 5
      local.get 4
      local.get 5
      i32.gt_u
      i32.const 255
      i32.and
      br_if 0 (;@1;)
      local.get 1
      i32.const 8
      i32.add
      local.set 1
    end
    block ;; label = @1
      i32.const 4
      i32.const 4
      i32.eq
      i32.const 255
      i32.and
      i32.const 255
      i32.and
      i32.const 255
      i32.and
      i32.eqz
      br_if 0 (;@1;)
      local.get 1
      i32.const 16
      i32.add
      local.set 1
    end
    block ;; label = @1
      i32.const 4
      i32.const 5
      i32.eq
      i32.const 255
      i32.and
      i32.const 255
      i32.and
      i32.const 255
      i32.and
      br_if 0 (;@1;)
      local.get 1
      i32.const 32
      i32.add
      local.set 1
    end
    local.get 1
    return
    unreachable
  )
  (func $Program::IsNull<System.Int32> (;77;) (type 8) (param i32 i32) (result i32)
    (local i32 i32 i64 i32)
    i32.const 0
    i32.const 255
    i32.and
    return
    unreachable
  )
  (func $Program::IsNull<System.String> (;78;) (type 8) (param i32 i32) (result i32)
    (local i32 i32 i32 i64 i32)
    i32.const 0
    local.set 2
    local.get 1
    local.get 2
    i32.eq
    i32.const 255
    i32.and
    return
    unreachable
  )
  (func $Program::IsComparable<System.Double> (;79;) (type 12) (param i32 f64) (result i32)
    (local i32 i32 i64 i32)
    i32.const 1
    i32.const 255
    i32.and
    return
    unreachable
  )
  (func $Program::IsDisposable<System.Double> (;80;) (type 12) (param i32 f64) (result i32)
    (local i32 i32 i32 i32 i64 i32)
    i32.const 0
    local.set 2
    i32.const 0
    local.set 3
    local.get 2
    local.get 3
    i32.gt_u
    i32.const 255
    i32.and
    return
    unreachable
  )
  (func $Program::Same<System.Int32> (;81;) (type 11) (param i32 i32 i32) (result i32)
    (local i32 i32 i64 i32)
    local.get 1
    local.get 2
    i32.eq
    i32.const 255
    i32.and
    i32.const 255
    i32.and
    i32.const 255
    i32.and
    return
    unreachable
  )
