// System.Collections.ObjectModel: ObservableCollection CollectionChanged/PropertyChanged events (Add, Insert, Remove, Replace, Move, Clear) with their actions, indexes and items; Collection<T> subclass overriding InsertItem/SetItem/RemoveItem/ClearItems; KeyedCollection; ReadOnlyCollection and ReadOnlyDictionary over live data.
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Collections.Specialized;
using System.ComponentModel;

class CollectionsObjectModelEvents
{
    sealed class Audited : Collection<string>
    {
        protected override void InsertItem(int index, string item)
        {
            Console.WriteLine("  insert " + index + " " + item);
            base.InsertItem(index, item.ToUpperInvariant());
        }

        protected override void SetItem(int index, string item)
        {
            Console.WriteLine("  set " + index + " " + this[index] + "->" + item);
            base.SetItem(index, item);
        }

        protected override void RemoveItem(int index)
        {
            Console.WriteLine("  remove " + index + " " + this[index]);
            base.RemoveItem(index);
        }

        protected override void ClearItems()
        {
            Console.WriteLine("  clear " + Count);
            base.ClearItems();
        }
    }

    sealed record Employee(int Id, string Name);

    sealed class Staff : KeyedCollection<int, Employee>
    {
        protected override int GetKeyForItem(Employee item) => item.Id;
    }

    static string Items(System.Collections.IList list)
    {
        if (list == null)
            return "null";
        var parts = new List<string>();
        foreach (var o in list)
            parts.Add(o?.ToString() ?? "null");
        return "[" + string.Join(",", parts) + "]";
    }

    static int Main()
    {
        var oc = new ObservableCollection<string>();
        oc.CollectionChanged += (s, e) => Console.WriteLine("changed " + e.Action + " new " + Items(e.NewItems) + "@" + e.NewStartingIndex + " old " + Items(e.OldItems) + "@" + e.OldStartingIndex);
        ((INotifyPropertyChanged)oc).PropertyChanged += (s, e) => Console.WriteLine("  property " + e.PropertyName);
        oc.Add("a");
        oc.Add("b");
        oc.Insert(0, "z");
        oc[1] = "A";
        oc.Move(0, 2);
        oc.Remove("b");
        oc.RemoveAt(0);
        Console.WriteLine("contents " + string.Join(",", oc));
        oc.Clear();
        var fromList = new ObservableCollection<int>(new[] { 3, 1, 2 });
        Console.WriteLine("from list " + string.Join(",", fromList) + " count " + fromList.Count);

        var audited = new Audited();
        audited.Add("one");
        audited.Insert(0, "zero");
        audited[1] = "uno";
        audited.Remove("ZERO");
        audited.Add("two");
        Console.WriteLine("audited " + string.Join(",", audited) + " index " + audited.IndexOf("TWO"));
        audited.Clear();
        Console.WriteLine("after clear " + audited.Count);

        var staff = new Staff { new Employee(7, "Ann"), new Employee(3, "Bob") };
        staff.Add(new Employee(12, "Cy"));
        Console.WriteLine("keyed " + staff[3].Name + " at0 " + ((IList<Employee>)staff)[0].Name + " contains 12 " + staff.Contains(12) + " tryget " + staff.TryGetValue(99, out var nobody) + " " + (nobody == null));
        staff.Remove(7);
        Console.WriteLine("after remove " + string.Join(",", staff) + " count " + staff.Count);
        try
        {
            staff.Add(new Employee(3, "Dup"));
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }

        var backing = new List<int> { 1, 2 };
        var ro = new ReadOnlyCollection<int>(backing);
        backing.Add(3);
        Console.WriteLine("readonly sees " + string.Join(",", ro) + " count " + ro.Count + " isreadonly " + ((ICollection<int>)ro).IsReadOnly + " empty " + ReadOnlyCollection<int>.Empty.Count);
        try
        {
            ((IList<int>)ro).Add(4);
        }
        catch (NotSupportedException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        var dict = new Dictionary<string, int> { ["x"] = 1 };
        var rod = new ReadOnlyDictionary<string, int>(dict);
        dict["y"] = 2;
        Console.WriteLine("readonly dict " + rod.Count + " " + rod["y"] + " keys " + string.Join(",", rod.Keys));
        var roObservable = new ReadOnlyObservableCollection<string>(new ObservableCollection<string> { "p" });
        Console.WriteLine("ro observable " + roObservable[0] + " " + roObservable.Count + " asreadonly " + new List<int> { 9 }.AsReadOnly()[0]);
        return 0;
    }
}
