// CSV parser and sales report: a hand-written RFC-4180-style field splitter (quotes, escaped quotes, embedded commas), typed parsing of DateOnly/decimal/int with error collection, and a monthly/regional LINQ report.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

record Sale(DateOnly Date, string Region, string Product, int Units, decimal UnitPrice, string Note)
{
    public decimal Revenue => Units * UnitPrice;
}

static class Csv
{
    public static List<string> SplitLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        if (quoted) throw new FormatException("unterminated quoted field");
        fields.Add(field.ToString());
        return fields;
    }

    public static Sale ParseSale(IReadOnlyList<string> f)
    {
        if (f.Count != 6) throw new FormatException($"expected 6 fields, got {f.Count}");
        var date = DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        int units = int.Parse(f[3], NumberStyles.Integer, CultureInfo.InvariantCulture);
        decimal price = decimal.Parse(f[4], NumberStyles.Currency, CultureInfo.InvariantCulture);
        return new Sale(date, f[1].Trim(), f[2], units, price, f[5]);
    }
}

class AppCsvSalesReport
{
    const string Data = """"
        date,region,product,units,price,note
        2024-01-05,North,Widget,10,2.50,
        2024-01-17,South,"Gadget, large",3,19.99,"said ""urgent"""
        2024-01-30,North,Widget,4,2.50,repeat
        2024-02-02, East ,Gizmo,7,¤5.25,
        2024-02-14,South,Widget,12,2.40,"valentine's, promo"
        2024-02-30,North,Widget,1,2.50,bad date
        2024-03-01,East,Gizmo,x,5.25,bad units
        2024-03-03,North,"Gadget, large",2,19.99
        2024-03-09,West,"Gizmo,5,5.25,
        2024-03-15,West,Gizmo,20,"1,000.00",bulk
        2024-03-21,South,Gadget,-2,9.50,return
        """";

    static int Main()
    {
        var lines = Data.Split('\n');
        Console.WriteLine("header: " + string.Join(" | ", Csv.SplitLine(lines[0])));
        var sales = new List<Sale>();
        for (int i = 1; i < lines.Length; i++)
        {
            try
            {
                sales.Add(Csv.ParseSale(Csv.SplitLine(lines[i])));
            }
            catch (FormatException e)
            {
                Console.WriteLine($"line {i + 1}: {e.GetType().Name}: {e.Message}");
            }
        }
        Console.WriteLine($"parsed {sales.Count} of {lines.Length - 1}");
        foreach (var s in sales.Where(s => s.Note.Length > 0))
            Console.WriteLine($"note on {s.Date:MMM d}: <{s.Note}> product <{s.Product}>");

        var byMonth = sales.GroupBy(s => new { s.Date.Year, s.Date.Month }).OrderBy(g => g.Key.Year).ThenBy(g => g.Key.Month);
        foreach (var g in byMonth)
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0:yyyy-MM} {1,3} sales {2,5} units {3,10:N2} revenue",
                new DateOnly(g.Key.Year, g.Key.Month, 1), g.Count(), g.Sum(s => s.Units), g.Sum(s => s.Revenue)));

        var regions = sales.Select(s => s.Region).Distinct().Order(StringComparer.Ordinal).ToList();
        var products = sales.Select(s => s.Product).Distinct().Order(StringComparer.Ordinal).ToList();
        Console.WriteLine("region".PadRight(8) + string.Concat(products.Select(p => p.PadLeft(15))));
        foreach (var r in regions)
            Console.WriteLine(r.PadRight(8) + string.Concat(products.Select(p => sales.Where(s => s.Region == r && s.Product == p).Sum(s => s.Revenue).ToString("0.00", CultureInfo.InvariantCulture).PadLeft(15))));

        var best = sales.GroupBy(s => s.Product).Select(g => (Product: g.Key, Revenue: g.Sum(s => s.Revenue))).OrderByDescending(t => t.Revenue).First();
        Console.WriteLine($"best product {best.Product} {best.Revenue}");
        var span = sales.Max(s => s.Date).DayNumber - sales.Min(s => s.Date).DayNumber;
        Console.WriteLine($"span {span} days, first {sales.Min(s => s.Date).ToString("o", CultureInfo.InvariantCulture)}, weekdays {string.Join(",", sales.Select(s => s.Date.DayOfWeek.ToString()[..3]))}");
        Console.WriteLine("returns " + string.Join(";", sales.Where(s => s.Units < 0).Select(s => s with { Note = s.Note.ToUpperInvariant() })));
        return 0;
    }
}
