// Checks abstract classes with a template method: a non-virtual algorithm in the base calls abstract steps implemented differently by several subclasses, including abstract properties and a protected abstract step.
abstract class Checksum
{
    public int Run(int[] data)
    {
        int state = Seed;
        for (int i = 0; i < data.Length; i++) state = Mix(state, data[i]);
        return Finish(state);
    }

    protected abstract int Seed { get; }
    protected abstract int Mix(int state, int value);
    protected virtual int Finish(int state) { return state; }
}

class Additive : Checksum
{
    protected override int Seed { get { return 0; } }
    protected override int Mix(int state, int value) { return state + value; }
}

class Fletcher : Checksum
{
    int _low;
    protected override int Seed { get { _low = 0; return 0; } }
    protected override int Mix(int state, int value)
    {
        _low = (_low + value) % 255;
        return (state + _low) % 255;
    }
    protected override int Finish(int state) { return (state << 8) | _low; }
}

class Xor : Checksum
{
    protected override int Seed { get { return 0x5A; } }
    protected override int Mix(int state, int value) { return (state ^ value) * 3; }
    protected override int Finish(int state) { return state & 0xFFFF; }
}

static class Program
{
    static int s_len = 10;

    static int Main()
    {
        int[] data = new int[s_len];
        for (int i = 0; i < data.Length; i++) data[i] = i * 7 + 1;
        Checksum[] all = { new Additive(), new Fletcher(), new Xor() };
        if (all[0].Run(data) != 325) return 1;
        if (all[1].Run(data) != 48710) return 2;
        if (all[2].Run(data) != 9219) return 3;
        if (all[1].Run(data) != 48710) return 4;
        int[] empty = new int[0];
        if (all[0].Run(empty) != 0 || all[1].Run(empty) != 0 || all[2].Run(empty) != 0x5A) return 5;
        return 100;
    }
}
