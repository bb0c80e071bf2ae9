// Vending machine state machine: enum states and events as records, transitions via switch expressions on tuples with property/relational patterns, coin change-making with a greedy algorithm, and a transition log.
using System;
using System.Collections.Generic;
using System.Linq;

enum State { Idle, Collecting, Dispensing, OutOfService }

abstract record Event;
record InsertCoin(int Cents) : Event;
record Select(string Slot) : Event;
record Cancel : Event;
record Service(bool Enable) : Event;
record Restock(string Slot, int Count) : Event;

class VendingMachine
{
    private static readonly int[] Coins = { 200, 100, 50, 20, 10, 5 };
    private readonly Dictionary<string, (string Name, int Price, int Stock)> slots = new()
    {
        ["A1"] = ("Water", 120, 2),
        ["A2"] = ("Cola", 185, 1),
        ["B1"] = ("Chips", 95, 0),
    };
    public State State { get; private set; } = State.Idle;
    public int Credit { get; private set; }
    public int Earnings { get; private set; }
    public List<string> Log { get; } = new();

    static string Money(int cents) => $"{cents / 100}.{cents % 100:D2}";

    static List<int> MakeChange(int amount)
    {
        var result = new List<int>();
        foreach (var c in Coins)
            while (amount >= c) { result.Add(c); amount -= c; }
        return result;
    }

    public string Handle(Event e)
    {
        var before = State;
        string message = (State, e) switch
        {
            (State.OutOfService, Service { Enable: true }) => Go(State.Idle, "back in service"),
            (State.OutOfService, _) => "out of service",
            (_, Service { Enable: false }) => Go(State.OutOfService, Credit > 0 ? Refund() : "closing"),
            (_, InsertCoin { Cents: <= 0 or > 200 } c) => $"rejected coin {c.Cents}",
            (State.Idle or State.Collecting, InsertCoin c) => Go(State.Collecting, $"credit {Money(Credit += c.Cents)}"),
            (State.Collecting, Select s) when !slots.ContainsKey(s.Slot) => $"no slot {s.Slot}",
            (State.Collecting, Select s) => Vend(s.Slot),
            (State.Idle, Select s) => slots.TryGetValue(s.Slot, out var p) ? $"{p.Name} costs {Money(p.Price)}" : $"no slot {s.Slot}",
            (State.Collecting, Cancel) => Go(State.Idle, Refund()),
            (_, Restock r) => $"{r.Slot} stock {slots[r.Slot] = slots[r.Slot] with { Stock = slots[r.Slot].Stock + r.Count }}",
            (var st, var ev) => $"ignored {ev.GetType().Name} in {st}",
        };
        if (State == State.Dispensing) State = Credit > 0 ? State.Collecting : State.Idle;
        Log.Add($"{before}->{State}");
        return message;
    }

    string Go(State next, string msg) { State = next; return msg; }

    string Refund()
    {
        var change = MakeChange(Credit);
        Credit = 0;
        return change.Count == 0 ? "nothing to refund" : "refund " + string.Join("+", change.Select(Money));
    }

    string Vend(string slot)
    {
        var (name, price, stock) = slots[slot];
        if (stock == 0) return $"{name} sold out";
        if (Credit < price) return $"{name} needs {Money(price - Credit)} more";
        slots[slot] = (name, price, stock - 1);
        Credit -= price;
        Earnings += price;
        State = State.Dispensing;
        return $"dispense {name}" + (Credit > 0 ? $", credit left {Money(Credit)}" : "");
    }
}

class AppVendingStateMachine
{
    static int Main()
    {
        var vm = new VendingMachine();
        Event[] script =
        {
            new Select("A2"), new InsertCoin(100), new Select("A2"), new InsertCoin(50), new InsertCoin(3), new InsertCoin(50),
            new Select("A2"), new Select("A2"), new Select("B1"), new Select("Z9"), new Cancel(), new Cancel(),
            new InsertCoin(200), new Select("A1"), new Service(false), new InsertCoin(100), new Select("A1"),
            new Service(true), new Restock("B1", 3), new InsertCoin(100), new Select("B1"), new Cancel(),
        };
        foreach (var e in script)
            Console.WriteLine($"{e,-28} {vm.Handle(e),-38} [{vm.State}, credit {vm.Credit}]");
        Console.WriteLine("earnings " + vm.Earnings + " transitions " + vm.Log.Count(l => l.Split("->") is [var a, var b] && a != b));
        Console.WriteLine(string.Join(" ", vm.Log.CountBy(l => l).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "x" + kv.Value)));
        Console.WriteLine(new InsertCoin(5) == new InsertCoin(5) ? "records equal" : "records differ");
        Console.WriteLine(string.Join(",", Enum.GetValues<State>()) + " " + (State)2 + " " + Enum.Parse<State>("outofservice", true));
        return 0;
    }
}
