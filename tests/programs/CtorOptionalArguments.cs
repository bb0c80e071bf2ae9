// Checks constructors and methods with optional parameters and named arguments: defaults filled at the call site, named arguments in any order, and overloads with and without the optional parameters.
class Pizza
{
    public int Size;
    public int Toppings;
    public bool Extra;
    public string Crust;

    public Pizza(int size, int toppings = 2, bool extra = false, string crust = "thin")
    {
        Size = size;
        Toppings = toppings;
        Extra = extra;
        Crust = crust;
    }

    public int Price(int discount = 0, int perTopping = 150)
    {
        return Size * 100 + Toppings * perTopping + (Extra ? 200 : 0) - discount;
    }
}

static class Program
{
    static int s_size = 12;

    static int Main()
    {
        Pizza a = new Pizza(s_size);
        if (a.Toppings != 2 || a.Extra || a.Crust != "thin") return 1;
        if (a.Price() != 1500) return 2;
        Pizza b = new Pizza(s_size, crust: "deep", extra: true);
        if (b.Toppings != 2 || !b.Extra || b.Crust != "deep") return 3;
        if (b.Price(perTopping: 100) != 1600) return 4;
        Pizza c = new Pizza(toppings: 5, size: 10);
        if (c.Size != 10 || c.Toppings != 5) return 5;
        if (c.Price(50) != 1700) return 6;
        if (c.Price(perTopping: 0, discount: 1000) != 0) return 7;
        return 100;
    }
}
