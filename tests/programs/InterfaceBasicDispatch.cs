// Checks calls through interface references: unrelated classes implementing the same interface, an interface array, interface properties, and the same object seen through two interfaces.
interface IPriced
{
    int Price();
    int Quantity { get; set; }
}

interface INamed
{
    string Name { get; }
}

class Apple : IPriced, INamed
{
    public int Quantity { get; set; }
    public int Price() { return 30 * Quantity; }
    public string Name { get { return "apple"; } }
}

class Melon : IPriced
{
    int _q;
    public int Quantity { get { return _q; } set { _q = value > 3 ? 3 : value; } }
    public int Price() { return 250 * _q; }
}

class Gift : INamed
{
    public string Name { get { return "gift"; } }
}

static class Program
{
    static int s_q = 5;

    static int Total(IPriced[] items)
    {
        int t = 0;
        for (int i = 0; i < items.Length; i++) t += items[i].Price();
        return t;
    }

    static int Main()
    {
        Apple apple = new Apple();
        IPriced[] cart = { apple, new Melon(), new Apple() };
        for (int i = 0; i < cart.Length; i++) cart[i].Quantity = s_q + i;
        if (apple.Quantity != 5 || cart[1].Quantity != 3 || cart[2].Quantity != 7) return 1;
        if (Total(cart) != 150 + 750 + 210) return 2;
        INamed named = apple;
        if (named.Name != "apple") return 3;
        INamed[] names = { apple, new Gift() };
        if (names[0].Name + names[1].Name != "applegift") return 4;
        IPriced p = (IPriced)names[0];
        p.Quantity = 1;
        if (apple.Price() != 30) return 5;
        if (names[1] is IPriced) return 6;
        return 100;
    }
}
