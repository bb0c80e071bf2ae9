// Checks explicit reference conversions that succeed: downcasts from object and base references, casts from interfaces to classes and to other interfaces, casts of null, and casts inside expressions and method arguments.
interface IDrawable { int Draw(); }
interface IResizable { int Resize(int k); }

class Widget : IDrawable { public int Size = 1; public virtual int Draw() { return Size; } }
class Button : Widget, IResizable
{
    public int Resize(int k) { Size *= k; return Size; }
    public override int Draw() { return Size * 10; }
}

static class Program
{
    static int s_k = 3;

    static int UseButton(Button b) { return b.Resize(2); }

    static int Main()
    {
        object o = new Button();
        Widget w = (Widget)o;
        Button b = (Button)w;
        if (b != o || w.Draw() != 10) return 1;
        IDrawable d = (IDrawable)o;
        IResizable r = (IResizable)d;
        if (r.Resize(s_k) != 3 || d.Draw() != 30) return 2;
        Button back = (Button)r;
        if (back.Size != 3) return 3;
        if (UseButton((Button)(object)d) != 6) return 4;
        object n = null;
        Widget wn = (Widget)n;
        IDrawable dn = (IDrawable)n;
        Button bn = (Button)(Widget)(object)dn;
        if (wn != null || dn != null || bn != null) return 5;
        object[] objs = { new Widget(), new Button(), new Widget() };
        int total = 0;
        for (int i = 0; i < objs.Length; i++) total += ((IDrawable)objs[i]).Draw();
        if (total != 12) return 6;
        if (((Widget)objs[1]).Size + ((Button)objs[1]).Resize(5) != 6) return 7;
        return 100;
    }
}
