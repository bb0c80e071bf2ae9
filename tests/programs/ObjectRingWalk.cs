// Checks a doubly linked ring of objects: building, walking forward and backward, unlinking a node, cyclic references between objects, and a Josephus elimination.
class Link
{
    public int Id;
    public Link Prev;
    public Link Next;
}

static class Program
{
    static int s_n = 12;

    static Link Build(int n)
    {
        Link first = new Link();
        first.Id = 1;
        first.Next = first;
        first.Prev = first;
        Link last = first;
        for (int i = 2; i <= n; i++)
        {
            Link l = new Link();
            l.Id = i;
            l.Prev = last;
            l.Next = first;
            last.Next = l;
            first.Prev = l;
            last = l;
        }
        return first;
    }

    static void Unlink(Link l)
    {
        l.Prev.Next = l.Next;
        l.Next.Prev = l.Prev;
        l.Next = null;
        l.Prev = null;
    }

    static int Main()
    {
        Link ring = Build(s_n);
        int steps = 0, sum = 0;
        Link cur = ring;
        do { sum += cur.Id; cur = cur.Next; steps++; } while (cur != ring);
        if (steps != 12 || sum != 78) return 1;
        int weighted = 0;
        cur = ring.Prev;
        for (int i = 1; i <= 12; i++) { weighted += i * cur.Id; cur = cur.Prev; }
        // Backwards: ids 12, 11, ..., 1 weighted by 1..12.
        if (weighted != 364) return 2;
        if (ring.Next.Next.Prev.Prev != ring) return 3;

        Link third = ring.Next.Next;
        Unlink(third);
        if (third.Next != null || ring.Next.Next.Id != 4 || ring.Next.Next.Prev.Id != 2) return 4;

        // Josephus: 12 people, every 3rd eliminated; the survivor of J(12,3) is 10.
        Link j = Build(s_n);
        Link before = j.Prev;
        int alive = s_n;
        int lastOut = 0;
        while (alive > 1)
        {
            before = before.Next.Next;
            Link victim = before.Next;
            lastOut = victim.Id;
            before.Next = victim.Next;
            victim.Next.Prev = before;
            alive--;
        }
        if (before.Id != 10 || before.Next != before || before.Prev != before) return 5;
        if (lastOut != 5) return 6;
        return 100;
    }
}
