// Inventory report: records with decimal prices, LINQ grouping/ordering/aggregates, restock rules via switch expressions, and aligned composite formatting of a table with totals.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

enum Category { Hardware, Garden, Kitchen, Toys }

record Item(string Sku, string Name, Category Category, int Quantity, decimal UnitPrice, int ReorderLevel)
{
    public decimal Value => Quantity * UnitPrice;
    public bool NeedsRestock => Quantity <= ReorderLevel;
}

record Movement(string Sku, int Delta, string Reason);

class Inventory
{
    private readonly Dictionary<string, Item> items = new();

    public void Add(Item item) => items.Add(item.Sku, item);

    public IEnumerable<Item> All => items.Values;

    public string Apply(Movement m)
    {
        if (!items.TryGetValue(m.Sku, out var item))
            return $"unknown sku {m.Sku}";
        int next = item.Quantity + m.Delta;
        if (next < 0)
            return $"{m.Sku}: cannot {m.Reason} {-m.Delta}, only {item.Quantity} on hand";
        items[m.Sku] = item with { Quantity = next };
        return $"{m.Sku}: {m.Reason} {Math.Abs(m.Delta)} -> {next}";
    }
}

class AppInventoryReport
{
    static string Priority(Item i) => (i.Quantity, i.Category) switch
    {
        (0, _) => "URGENT",
        (var q, Category.Kitchen) when q <= i.ReorderLevel => "high",
        (var q, _) when q <= i.ReorderLevel => "normal",
        _ => "-",
    };

    static int Main()
    {
        var inv = new Inventory();
        inv.Add(new Item("H-100", "Hammer", Category.Hardware, 25, 12.99m, 10));
        inv.Add(new Item("H-101", "Screwdriver set", Category.Hardware, 8, 24.50m, 10));
        inv.Add(new Item("G-200", "Garden hose", Category.Garden, 14, 31.75m, 5));
        inv.Add(new Item("G-201", "Rake", Category.Garden, 3, 18.00m, 4));
        inv.Add(new Item("K-300", "Chef knife", Category.Kitchen, 6, 89.95m, 6));
        inv.Add(new Item("K-301", "Cutting board", Category.Kitchen, 40, 15.25m, 12));
        inv.Add(new Item("T-400", "Puzzle 1000pc", Category.Toys, 1, 21.49m, 3));

        var moves = new[]
        {
            new Movement("H-100", -7, "sell"), new Movement("T-400", -1, "sell"), new Movement("K-300", -9, "sell"),
            new Movement("G-201", 10, "receive"), new Movement("X-999", 1, "receive"), new Movement("K-301", -30, "sell"),
        };
        foreach (var m in moves)
            Console.WriteLine(inv.Apply(m));

        var sb = new StringBuilder();
        sb.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0,-6}|{1,-16}|{2,5}|{3,9}|{4,10}|{5}", "SKU", "Name", "Qty", "Price", "Value", "Restock"));
        foreach (var i in inv.All.OrderBy(i => i.Category).ThenByDescending(i => i.Value))
            sb.AppendLine(string.Format(CultureInfo.InvariantCulture, "{0,-6}|{1,-16}|{2,5}|{3,9:F2}|{4,10:N2}|{5}", i.Sku, i.Name, i.Quantity, i.UnitPrice, i.Value, Priority(i)));
        Console.Write(sb.ToString());

        foreach (var g in inv.All.GroupBy(i => i.Category).OrderByDescending(g => g.Sum(i => i.Value)))
        {
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: items={1} units={2} value={3:C} avg price={4:0.000}",
                g.Key, g.Count(), g.Sum(i => i.Quantity), g.Sum(i => i.Value), g.Average(i => i.UnitPrice)));
        }

        decimal total = inv.All.Sum(i => i.Value);
        var restock = inv.All.Where(i => i.NeedsRestock).Select(i => i.Sku).OrderBy(s => s, StringComparer.Ordinal).ToList();
        Console.WriteLine("total value " + total.ToString("N2", CultureInfo.InvariantCulture) + " restock " + string.Join(",", restock));
        var mostValuable = inv.All.MaxBy(i => i.Value);
        var cheapest = inv.All.MinBy(i => i.UnitPrice);
        Console.WriteLine($"most valuable {mostValuable.Name} ({mostValuable.Value}), cheapest {cheapest.Name} ({cheapest.UnitPrice})");
        Console.WriteLine("share of hardware " + (inv.All.Where(i => i.Category == Category.Hardware).Sum(i => i.Value) / total).ToString("P1", CultureInfo.InvariantCulture));
        Console.WriteLine(inv.All.First(i => i.Sku == "G-201"));
        return 0;
    }
}
