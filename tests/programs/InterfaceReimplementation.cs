// Checks interface re-implementation: a derived class re-declaring an interface its base already implements takes over the interface calls, while a derived class that only hides the method with new does not.
interface ISound { int Make(); }

class Bell : ISound
{
    public int Make() { return 1; }
}

class LoudBell : Bell, ISound
{
    public new int Make() { return 2; }
}

class QuietBell : Bell
{
    public new int Make() { return 3; }
}

class Chime : ISound
{
    public virtual int Make() { return 10; }
}

class WindChime : Chime
{
    public override int Make() { return 20; }
}

class OddChime : WindChime, ISound
{
    int ISound.Make() { return 30 + base.Make(); }
}

static class Program
{
    static int s_zero = 0;

    static int Main()
    {
        ISound[] sounds = { new Bell(), new LoudBell(), new QuietBell(), new Chime(), new WindChime(), new OddChime() };
        int[] expected = { 1, 2, 1, 10, 20, 50 };
        for (int i = s_zero; i < sounds.Length; i++)
            if (sounds[i].Make() != expected[i]) return 1 + i;
        QuietBell q = new QuietBell();
        if (q.Make() != 3 || ((Bell)q).Make() != 1 || ((ISound)q).Make() != 1) return 10;
        OddChime o = new OddChime();
        if (o.Make() != 20 || ((Chime)o).Make() != 20 || ((ISound)o).Make() != 50) return 11;
        LoudBell l = new LoudBell();
        if (((Bell)l).Make() != 1 || ((ISound)l).Make() != 2) return 12;
        return 100;
    }
}
