// Interface implementation details: explicit implementations beside public members, re-implementing an interface in a derived class, interface mapping to non-virtual base methods, the same generic interface implemented for two type arguments, interfaces with members of the same name, and casts between them.
using System;
using System.Collections;
using System.Collections.Generic;

interface ILabel { string Label(); }
interface ITitle { string Label(); }

class Document : ILabel, ITitle { public string Label() => "public Label"; string ITitle.Label() => "explicit ITitle.Label"; }

class BaseImpl : ILabel { public string Label() => "BaseImpl.Label (non-virtual)"; }

class DerivedHides : BaseImpl { public new string Label() => "DerivedHides.Label (new)"; }

class DerivedReimplements : BaseImpl, ILabel { public new string Label() => "DerivedReimplements.Label"; }

class VirtualBase : ILabel { public virtual string Label() => "VirtualBase.Label"; }

class VirtualDerived : VirtualBase { public override string Label() => "VirtualDerived.Label"; }

class ExplicitBase : ILabel { string ILabel.Label() => "ExplicitBase explicit"; }

class ExplicitDerived : ExplicitBase, ILabel { string ILabel.Label() => "ExplicitDerived explicit"; }

interface IConverter<T> { string Convert(T value); }

class MultiConverter : IConverter<int>, IConverter<string>, IConverter<double>
{
    public string Convert(int value) => "int:" + (value * 2);
    string IConverter<string>.Convert(string value) => "string:" + value.ToUpperInvariant();
    string IConverter<double>.Convert(double value) => "double:" + (value / 4);
}

class Countdown : IEnumerable<int>
{
    private readonly int _from;
    public Countdown(int from) { _from = from; }
    public IEnumerator<int> GetEnumerator()
    {
        for (int i = _from; i > 0; i--)
            yield return i;
    }
    IEnumerator IEnumerable.GetEnumerator()
    {
        Console.WriteLine("  (non-generic GetEnumerator)");
        return GetEnumerator();
    }
}

interface IResettable { void Reset(); int Value { get; } }

class Meter : IResettable, IDisposable
{
    public int Value { get; private set; } = 10;
    void IResettable.Reset() => Value = 0;
    public void Add(int n) => Value += n;
    void IDisposable.Dispose() => Console.WriteLine("  Meter disposed at " + Value);
}

class InheritanceInterfaceReimplementation
{
    static string Via(ILabel l) => l.Label();

    static int Main()
    {
        var doc = new Document();
        Console.WriteLine("class: " + doc.Label() + " | ILabel: " + ((ILabel)doc).Label() + " | ITitle: " + ((ITitle)doc).Label());
        var hides = new DerivedHides();
        Console.WriteLine("hiding does not remap: " + hides.Label() + " | " + Via(hides));
        var re = new DerivedReimplements();
        Console.WriteLine("re-implementation remaps: " + re.Label() + " | " + Via(re) + " | as base: " + ((BaseImpl)re).Label());
        Console.WriteLine("virtual mapping: " + Via(new VirtualDerived()) + " | " + Via(new VirtualBase()));
        Console.WriteLine("explicit re-implementation: " + Via(new ExplicitDerived()) + " | " + Via(new ExplicitBase()));

        var mc = new MultiConverter();
        Console.WriteLine("multi generic: " + mc.Convert(21) + " " + ((IConverter<string>)mc).Convert("abc") + " " + ((IConverter<double>)mc).Convert(3) + " " + ((IConverter<int>)mc).Convert(4));
        object boxedMc = mc;
        Console.WriteLine("is checks: " + (boxedMc is IConverter<int>) + " " + (boxedMc is IConverter<long>) + " " + (boxedMc is IConverter<string>));

        var cd = new Countdown(3);
        var sum = 0;
        foreach (var v in cd)
            sum += v;
        Console.WriteLine("generic enumeration sum " + sum);
        foreach (object o in (IEnumerable)cd)
            Console.WriteLine("  non-generic item " + o);

        var meter = new Meter();
        meter.Add(5);
        IResettable r = meter;
        Console.WriteLine("before reset " + r.Value);
        r.Reset();
        meter.Add(2);
        Console.WriteLine("after reset and add " + meter.Value);
        using (meter)
        {
            meter.Add(1);
        }
        ILabel[] labels = { doc, hides, re, new VirtualDerived(), new ExplicitDerived() };
        Console.WriteLine("array of interfaces: " + string.Join(" / ", Array.ConvertAll(labels, l => l.Label())));
        Console.WriteLine("casts: " + (doc is ITitle) + " " + ((object)hides is ITitle) + " " + (labels[4] is IDisposable) + " " + ((object)meter is IResettable));
        return 0;
    }
}
