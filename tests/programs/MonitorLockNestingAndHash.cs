// Monitor on one thread: nested `lock`, Monitor.IsEntered/TryEnter/Exit, a lock held while the object's identity hash
// is taken (Mono's runtime then moves both into a sync block), nesting deeper than a lock word counts, Wait with a
// timeout timing out, Pulse outside the lock throwing SynchronizationLockException, locks on strings and boxes.
using System;
using System.Runtime.CompilerServices;
using System.Threading;

static class Program
{
    sealed class Gate { public int Count; }

    static readonly object s_literalLock = "a lock on a literal";
    static int s_depth = 300;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Nest(object o, int depth)
    {
        lock (o)
        {
            if (!Monitor.IsEntered(o))
                return -1;
            return depth == 0 ? 0 : 1 + Nest(o, depth - 1);
        }
    }

    static int Main()
    {
        var gate = new Gate();
        if (Monitor.IsEntered(gate))
            return 1;
        lock (gate)
        {
            gate.Count++;
            lock (gate)
                gate.Count++;
            if (!Monitor.IsEntered(gate))
                return 2;
        }
        if (Monitor.IsEntered(gate) || gate.Count != 2)
            return 3;

        // A hash taken while the lock is held, and one taken before the lock: both stay the object's hash.
        var hashedInside = new Gate();
        int insideHash;
        lock (hashedInside)
        {
            insideHash = RuntimeHelpers.GetHashCode(hashedInside);
            if (!Monitor.IsEntered(hashedInside))
                return 4;
            lock (hashedInside)
            {
                if (RuntimeHelpers.GetHashCode(hashedInside) != insideHash)
                    return 5;
            }
            if (!Monitor.IsEntered(hashedInside))
                return 6;
        }
        if (Monitor.IsEntered(hashedInside) || RuntimeHelpers.GetHashCode(hashedInside) != insideHash)
            return 7;
        var hashedBefore = new Gate();
        int beforeHash = hashedBefore.GetHashCode();
        lock (hashedBefore)
        {
            if (hashedBefore.GetHashCode() != beforeHash || !Monitor.IsEntered(hashedBefore))
                return 8;
        }
        if (Monitor.IsEntered(hashedBefore) || hashedBefore.GetHashCode() != beforeHash)
            return 9;
        lock (hashedBefore)
        {
            if (!Monitor.IsEntered(hashedBefore))
                return 10;
        }

        // Deeper than the 255 nested entries a flat lock word counts, then free again.
        var deep = new Gate();
        if (Nest(deep, s_depth) != s_depth)
            return 11;
        if (Monitor.IsEntered(deep))
            return 12;
        if (!Monitor.TryEnter(deep))
            return 13;
        Monitor.Exit(deep);

        // TryEnter with and without a timeout, and Enter(obj, ref lockTaken).
        bool taken = false;
        Monitor.TryEnter(gate, 10, ref taken);
        if (!taken)
            return 14;
        bool takenAgain = false;
        Monitor.Enter(gate, ref takenAgain);
        if (!takenAgain)
            return 15;
        Monitor.Exit(gate);
        if (!Monitor.IsEntered(gate))
            return 16;
        Monitor.Exit(gate);
        if (Monitor.IsEntered(gate))
            return 17;

        // Exit of a lock not held, Pulse outside the lock.
        try
        {
            Monitor.Exit(gate);
            return 18;
        }
        catch (SynchronizationLockException)
        {
        }
        try
        {
            Monitor.Pulse(gate);
            return 19;
        }
        catch (SynchronizationLockException)
        {
        }

        // Nobody else can pulse: a wait with a timeout times out and still holds the lock.
        lock (gate)
        {
            Monitor.Pulse(gate);
            Monitor.PulseAll(gate);
            if (Monitor.Wait(gate, 1))
                return 20;
            if (!Monitor.IsEntered(gate))
                return 21;
        }

        // Locks on a string literal and on a box.
        lock (s_literalLock)
        {
            if (!Monitor.IsEntered(s_literalLock))
                return 22;
        }
        object box = 42;
        lock (box)
        {
            if (!Monitor.IsEntered(box) || (int)box != 42)
                return 23;
        }
        if (Monitor.IsEntered(box) || Monitor.IsEntered(s_literalLock))
            return 24;
        return 100;
    }
}
