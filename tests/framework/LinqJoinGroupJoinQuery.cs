// LINQ joins and query syntax: Join, GroupJoin (with DefaultIfEmpty for a left join), SelectMany with result selector, Zip (2 and 3 sequences), ToLookup, query expressions with let, into, multiple from, join ... into, orderby ascending/descending and group by.
using System;
using System.Collections.Generic;
using System.Linq;

class LinqJoinGroupJoinQuery
{
    record Dept(int Id, string Name);

    record Emp(string Name, int DeptId, int Salary, string City);

    static int Main()
    {
        var depts = new[] { new Dept(1, "Eng"), new Dept(2, "Ops"), new Dept(3, "Legal"), new Dept(4, "Sales") };
        var emps = new[]
        {
            new Emp("Ann", 1, 120, "Oslo"), new Emp("Bob", 2, 90, "Rome"), new Emp("Cid", 1, 110, "Rome"),
            new Emp("Dee", 4, 70, "Oslo"), new Emp("Eve", 1, 130, "Lima"), new Emp("Fay", 9, 50, "Lima"),
            new Emp("Gus", 2, 95, "Oslo"),
        };
        var joined = emps.Join(depts, e => e.DeptId, d => d.Id, (e, d) => e.Name + "@" + d.Name);
        Console.WriteLine("join " + string.Join(" ", joined));
        var grouped = depts.GroupJoin(emps, d => d.Id, e => e.DeptId, (d, es) => d.Name + ":" + es.Count() + "[" + string.Join(",", es.Select(e => e.Name)) + "]");
        Console.WriteLine("groupjoin " + string.Join(" ", grouped));
        var left = from e in emps
                   join d in depts on e.DeptId equals d.Id into ds
                   from d in ds.DefaultIfEmpty(new Dept(0, "none"))
                   select e.Name + "->" + d.Name;
        Console.WriteLine("left join " + string.Join(" ", left));
        var pairs = depts.SelectMany(d => emps.Where(e => e.DeptId == d.Id), (d, e) => d.Id + e.Name);
        Console.WriteLine("selectmany " + string.Join(",", pairs));
        var chars = new[] { "ab", "", "cde" }.SelectMany((s, i) => s.Select(c => c + i.ToString()));
        Console.WriteLine("selectmany index " + string.Join(",", chars));
        Console.WriteLine("zip " + string.Join(",", new[] { 1, 2, 3, 4 }.Zip(new[] { "a", "b", "c" }, (n, s) => s + n)) + " zip3 " + string.Join(",", new[] { 1, 2 }.Zip(new[] { 'x', 'y', 'z' }, new[] { true, false }).Select(t => t.First + "" + t.Second + t.Third)));
        ILookup<string, string> byCity = emps.ToLookup(e => e.City, e => e.Name);
        Console.WriteLine("lookup count " + byCity.Count + " Oslo " + string.Join(",", byCity["Oslo"]) + " Paris " + byCity["Paris"].Count() + " contains Lima " + byCity.Contains("Lima"));
        foreach (var g in byCity)
            Console.WriteLine("  " + g.Key + ": " + string.Join(",", g));

        var q1 = from e in emps
                 let bonus = e.Salary / 10
                 where bonus >= 9
                 orderby e.City, e.Salary descending
                 select e.Name + "(" + e.City + "," + bonus + ")";
        Console.WriteLine("let/orderby " + string.Join(" ", q1));
        var q2 = from e in emps
                 group e by e.DeptId into g
                 where g.Count() > 1
                 orderby g.Key descending
                 select g.Key + ":" + g.Sum(x => x.Salary);
        Console.WriteLine("group into " + string.Join(" ", q2));
        var q3 = from d in depts
                 from e in emps
                 where e.DeptId == d.Id && e.Salary > 100
                 select new { Dept = d.Name, e.Name };
        Console.WriteLine("multiple from " + string.Join(" ", q3));
        var q4 = from d in depts
                 join e in emps on d.Id equals e.DeptId into staff
                 let total = staff.Sum(s => s.Salary)
                 orderby total descending, d.Name
                 select new { d.Name, Staff = staff.Count(), total };
        foreach (var x in q4)
            Console.WriteLine("  " + x);
        var q5 = from e in emps
                 group e.Name by e.City into cities
                 select new { City = cities.Key, Names = string.Join("/", cities.OrderByDescending(n => n)) };
        Console.WriteLine("group select " + string.Join(" ", q5.Select(c => c.City + "=" + c.Names)));
        var composite = from a in emps
                        join b in emps on new { a.City, Senior = a.Salary >= 90 } equals new { b.City, Senior = b.Salary >= 90 }
                        where string.CompareOrdinal(a.Name, b.Name) < 0
                        select a.Name + "&" + b.Name;
        Console.WriteLine("composite key " + string.Join(" ", composite) + " count " + composite.Count());
        var nested = depts.Select(d => new { d.Name, Top = emps.Where(e => e.DeptId == d.Id).OrderByDescending(e => e.Salary).Select(e => e.Name).FirstOrDefault() ?? "-" });
        Console.WriteLine("nested " + string.Join(" ", nested.Select(n => n.Name + ":" + n.Top)));
        return 0;
    }
}
