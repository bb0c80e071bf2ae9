// Checks arrays of enums with various underlying types and bool arrays: defaults, stores and loads, enum arithmetic on elements, a sieve of Eratosthenes over bool[], and a state table indexed by enum values.
enum State : byte { Idle, Running, Done, Failed }
enum Big : long { Small = 1, Huge = 1L << 50 }

static class Program
{
    static int s_n = 1000;

    static int Main()
    {
        bool[] composite = new bool[s_n + 1];
        int primes = 0;
        for (int i = 2; i <= s_n; i++)
        {
            if (composite[i]) continue;
            primes++;
            for (int j = i * i; j <= s_n; j += i) composite[j] = true;
        }
        if (primes != 168 || composite[997] || !composite[999]) return 1;
        State[] states = new State[6];
        if (states[5] != State.Idle) return 2;
        for (int i = 0; i < states.Length; i++) states[i] = (State)(i % 4);
        states[1]++;
        if (states[1] != State.Done || states[3] != State.Failed || states[4] != State.Idle) return 3;
        State[,] next = new State[4, 2];
        next[(int)State.Idle, 0] = State.Running;
        next[(int)State.Running, 0] = State.Done;
        next[(int)State.Running, 1] = State.Failed;
        next[(int)State.Failed, 0] = State.Idle;
        State s = State.Idle;
        int[] inputs = { 0, 1, 0, 0, 0 };
        foreach (int input in inputs) s = next[(int)s, input];
        if (s != State.Done) return 4;
        Big[] bigs = { Big.Small, Big.Huge, (Big)3 };
        long total = 0;
        foreach (Big b in bigs) total += (long)b;
        if (total != 4 + (1L << 50)) return 5;
        return 100;
    }
}
