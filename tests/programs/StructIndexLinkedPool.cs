// Checks a node pool kept as an array of structs linked by indices: a free list, insertion into a sorted list, deletion that returns nodes to the free list, and reuse of freed slots.
struct Slot
{
    public int Value;
    public int Next;
}

class Pool
{
    Slot[] _slots;
    int _free;
    public int Head = -1;
    public int Used;

    public Pool(int n)
    {
        _slots = new Slot[n];
        for (int i = 0; i < n; i++) _slots[i].Next = i + 1 < n ? i + 1 : -1;
        _free = 0;
    }

    int Alloc(int v)
    {
        int i = _free;
        _free = _slots[i].Next;
        _slots[i].Value = v;
        _slots[i].Next = -1;
        Used++;
        return i;
    }

    public int InsertSorted(int v)
    {
        int n = Alloc(v);
        if (Head == -1 || _slots[Head].Value >= v) { _slots[n].Next = Head; Head = n; return n; }
        int cur = Head;
        while (_slots[cur].Next != -1 && _slots[_slots[cur].Next].Value < v) cur = _slots[cur].Next;
        _slots[n].Next = _slots[cur].Next;
        _slots[cur].Next = n;
        return n;
    }

    public bool Remove(int v)
    {
        int prev = -1, cur = Head;
        while (cur != -1 && _slots[cur].Value != v) { prev = cur; cur = _slots[cur].Next; }
        if (cur == -1) return false;
        if (prev == -1) Head = _slots[cur].Next; else _slots[prev].Next = _slots[cur].Next;
        _slots[cur].Next = _free;
        _free = cur;
        Used--;
        return true;
    }

    public long Signature()
    {
        long s = 0;
        for (int i = Head; i != -1; i = _slots[i].Next) s = s * 31 + _slots[i].Value;
        return s;
    }

    public int Value(int slot) { return _slots[slot].Value; }
}

static class Program
{
    static int s_n = 16;

    static int Main()
    {
        Pool p = new Pool(s_n);
        int[] input = { 9, 3, 7, 1, 8, 2 };
        foreach (int v in input) p.InsertSorted(v);
        if (p.Used != 6) return 1;
        long expected = 0;
        int[] sorted = { 1, 2, 3, 7, 8, 9 };
        foreach (int v in sorted) expected = expected * 31 + v;
        if (p.Signature() != expected) return 2;
        if (!p.Remove(1) || !p.Remove(8) || p.Remove(100)) return 3;
        if (p.Used != 4) return 4;
        // The last freed slot (holding 8, slot 4) is reused first.
        int slot = p.InsertSorted(5);
        if (slot != 4 || p.Value(slot) != 5) return 5;
        expected = 0;
        int[] now = { 2, 3, 5, 7, 9 };
        foreach (int v in now) expected = expected * 31 + v;
        if (p.Signature() != expected) return 6;
        for (int i = 0; i < 11; i++) p.InsertSorted(100 - i);
        if (p.Used != 16) return 7;
        return 100;
    }
}
