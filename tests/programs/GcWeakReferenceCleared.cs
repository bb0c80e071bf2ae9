// A WeakReference<T> and a weak GCHandle to an object that nothing else references are cleared by a collection; to
// one that a static field keeps, they keep answering; a normal handle keeps its target alive by itself.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

static class Program
{
    sealed class Box
    {
        public int Value;
        public Box(int value) { Value = value; }
    }

    static Box s_kept;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static WeakReference<Box> MakeWeak(int value) => new WeakReference<Box>(new Box(value));

    [MethodImpl(MethodImplOptions.NoInlining)]
    static GCHandle MakeHandle(int value, GCHandleType type) => GCHandle.Alloc(new Box(value), type);

    static int Main()
    {
        WeakReference<Box> dead = MakeWeak(1);
        s_kept = new Box(2);
        WeakReference<Box> alive = new WeakReference<Box>(s_kept);
        GCHandle weakHandle = MakeHandle(3, GCHandleType.Weak);
        GCHandle strongHandle = MakeHandle(4, GCHandleType.Normal);
        GC.Collect();
        if (dead.TryGetTarget(out _))
            return 1;
        if (!alive.TryGetTarget(out Box k) || k.Value != 2)
            return 2;
        if (weakHandle.Target != null)
            return 3;
        if (strongHandle.Target is not Box s || s.Value != 4)
            return 4;
        GC.Collect();
        if (strongHandle.Target is not Box again || again.Value != 4)
            return 5;
        strongHandle.Target = new Box(5);
        GC.Collect();
        if (((Box)strongHandle.Target).Value != 5)
            return 6;
        strongHandle.Free();
        weakHandle.Free();
        if (strongHandle.IsAllocated)
            return 7;
        return 100;
    }
}
