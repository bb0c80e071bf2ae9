// Checks sealed classes and sealed overrides: calls on sealed types (which a compiler may devirtualize) give the same results as virtual calls through the base, and a class below a sealed override can still hide it with new.
class Token
{
    public virtual int Kind() { return 0; }
    public virtual int Len() { return 1; }
}

class Word : Token
{
    public sealed override int Kind() { return 1; }
    public override int Len() { return 4; }
}

class LongWord : Word
{
    public override int Len() { return 9; }
    public new int Kind() { return 7; }
}

sealed class Number : Token
{
    int _digits;
    public Number(int digits) { _digits = digits; }
    public override int Kind() { return 2; }
    public override int Len() { return _digits; }
}

static class Program
{
    static int s_digits = 3;

    static int Main()
    {
        Number n = new Number(s_digits);
        Token t = n;
        if (n.Kind() != 2 || t.Kind() != 2 || n.Len() != 3 || t.Len() != 3) return 1;
        LongWord lw = new LongWord();
        Word w = lw;
        Token tw = lw;
        if (lw.Kind() != 7 || w.Kind() != 1 || tw.Kind() != 1) return 2;
        if (lw.Len() != 9 || w.Len() != 9 || tw.Len() != 9) return 3;
        Token[] stream = { new Word(), new Number(2), new LongWord(), new Token(), new Number(s_digits) };
        int kinds = 0, lens = 0;
        foreach (Token x in stream) { kinds = kinds * 10 + x.Kind(); lens += x.Len(); }
        if (kinds != 12102 || lens != 19) return 4;
        return 100;
    }
}
