// lock and Monitor on one thread: nested (reentrant) locks, Monitor.IsEntered inside and outside, TryEnter with and without timeouts, the lockTaken pattern, locks on strings and Type objects, release on exceptions, System.Threading.Lock, Wait with a zero timeout, and SynchronizationLockException messages.
using System;
using System.Threading;

class LockMonitorSingleThread
{
    static readonly object Gate = new object();
    static readonly Lock NewLock = new Lock();
    static int _counter;

    static void Report(string label, Action action)
    {
        try { action(); Console.WriteLine(label + ": ok"); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static int Recurse(int n)
    {
        lock (Gate)
        {
            _counter++;
            return n == 0 ? (Monitor.IsEntered(Gate) ? 1 : 0) : Recurse(n - 1) + 1;
        }
    }

    static int Main()
    {
        Console.WriteLine("before: " + Monitor.IsEntered(Gate));
        lock (Gate)
        {
            Console.WriteLine("inside: " + Monitor.IsEntered(Gate));
            lock (Gate)
            {
                Console.WriteLine("nested: " + Monitor.IsEntered(Gate));
            }
            Console.WriteLine("after nested exit still held: " + Monitor.IsEntered(Gate));
        }
        Console.WriteLine("after: " + Monitor.IsEntered(Gate));
        Console.WriteLine("recursive: " + Recurse(5) + " counter " + _counter + " held after: " + Monitor.IsEntered(Gate));

        var other = new object();
        Console.WriteLine("TryEnter: " + Monitor.TryEnter(other) + " again: " + Monitor.TryEnter(other, 0) + " timeout: " + Monitor.TryEnter(other, TimeSpan.FromMilliseconds(10)));
        Monitor.Exit(other);
        Monitor.Exit(other);
        Console.WriteLine("still entered after two exits: " + Monitor.IsEntered(other));
        Monitor.Exit(other);
        Console.WriteLine("entered after three exits: " + Monitor.IsEntered(other));

        bool taken = false;
        try
        {
            Monitor.Enter(other, ref taken);
            Console.WriteLine("lockTaken: " + taken);
        }
        finally { if (taken) Monitor.Exit(other); }
        bool taken2 = false;
        Monitor.TryEnter(other, 5, ref taken2);
        Console.WriteLine("TryEnter ref: " + taken2);
        Monitor.Exit(other);

        string key = "shared-key";
        lock (key)
        {
            Console.WriteLine("string lock, interned same object: " + Monitor.IsEntered(string.Intern(new string("shared-key".ToCharArray()))));
        }
        lock (typeof(LockMonitorSingleThread))
        {
            Console.WriteLine("type lock: " + Monitor.IsEntered(typeof(LockMonitorSingleThread)) + " other type: " + Monitor.IsEntered(typeof(string)));
        }

        try
        {
            lock (Gate)
            {
                throw new InvalidOperationException("inside lock");
            }
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message + ", released: " + !Monitor.IsEntered(Gate));
        }

        lock (Gate)
        {
            Console.WriteLine("Wait(0) without pulse: " + Monitor.Wait(Gate, 0) + ", still held: " + Monitor.IsEntered(Gate));
            Monitor.Pulse(Gate);
            Monitor.PulseAll(Gate);
            Console.WriteLine("Pulse with no waiters: ok");
        }

        lock (NewLock)
        {
            Console.WriteLine("Lock held: " + NewLock.IsHeldByCurrentThread);
        }
        Console.WriteLine("Lock released: " + !NewLock.IsHeldByCurrentThread);
        using (NewLock.EnterScope())
        {
            Console.WriteLine("EnterScope held: " + NewLock.IsHeldByCurrentThread + " TryEnter reentrant: " + NewLock.TryEnter());
            NewLock.Exit();
        }
        NewLock.Enter();
        Console.WriteLine("Enter/Exit: " + NewLock.IsHeldByCurrentThread);
        NewLock.Exit();
        Console.WriteLine("after Exit: " + NewLock.IsHeldByCurrentThread);

        Report("Exit not held", () => Monitor.Exit(new object()));
        Report("Wait not held", () => Monitor.Wait(new object(), 0));
        Report("Pulse not held", () => Monitor.Pulse(new object()));
        Report("Enter null", () => Monitor.Enter(null));
        Report("Lock.Exit not held", () => new Lock().Exit());
        Report("lockTaken already true", () =>
        {
            bool t = true;
            Monitor.Enter(new object(), ref t);
        });
        return 0;
    }
}
