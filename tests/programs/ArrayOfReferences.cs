// Checks arrays of class references: null defaults, storing shared and distinct objects, replacing elements, arrays of strings and of object, and sorting references by a field without moving the objects themselves.
class Item
{
    public string Name;
    public int Price;
}

static class Program
{
    static int s_n = 6;

    static int Main()
    {
        Item[] items = new Item[s_n];
        for (int i = 0; i < items.Length; i++) if (items[i] != null) return 1;
        Item shared = new Item { Name = "shared", Price = 1 };
        for (int i = 0; i < items.Length; i += 2) items[i] = shared;
        for (int i = 1; i < items.Length; i += 2) items[i] = new Item { Name = "own", Price = 10 * i };
        shared.Price = 5;
        if (items[4].Price != 5 || items[0] != items[2] || items[1] == items[3]) return 2;
        Item third = items[3];
        for (int i = 1; i < items.Length; i++)
        {
            Item x = items[i];
            int j = i - 1;
            while (j >= 0 && items[j].Price > x.Price) { items[j + 1] = items[j]; j--; }
            items[j + 1] = x;
        }
        if (items[4] != third || items[3].Price != 10 || items[5].Price != 50 || items[0] != shared) return 3;
        string[] names = new string[s_n];
        for (int i = 0; i < names.Length; i++) names[i] = items[i].Name;
        if (names[0] != "shared" || names[5] != "own") return 4;
        object[] objs = new object[3];
        objs[0] = items;
        objs[1] = names;
        objs[2] = objs;
        if (((Item[])objs[0])[5].Price != 50 || ((object[])objs[2])[2] != objs) return 5;
        items[5] = null;
        if (items[5] != null || third.Price != 30) return 6;
        return 100;
    }
}
