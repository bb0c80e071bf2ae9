// Checks interface inheritance: a class implementing a derived interface can be used through every base interface, an interface inheriting two others, and casts between interface types of one object.
interface IEntity { int Id { get; } }
interface INamed : IEntity { string Name { get; } }
interface IVersioned : IEntity { int Version { get; } void Bump(); }
interface IDocument : INamed, IVersioned { int Pages(); }

class Document : IDocument
{
    int _version = 1;
    public int Id { get; private set; }
    public string Name { get; private set; }
    public int Version { get { return _version; } }
    public void Bump() { _version++; }
    public int Pages() { return Id * 2 + _version; }
    public Document(int id, string name) { Id = id; Name = name; }
}

class Tag : INamed
{
    public int Id { get { return 77; } }
    public string Name { get { return "tag"; } }
}

static class Program
{
    static int s_id = 12;

    static int SumIds(IEntity[] es)
    {
        int s = 0;
        foreach (IEntity e in es) s += e.Id;
        return s;
    }

    static int Main()
    {
        Document d = new Document(s_id, "spec");
        IDocument doc = d;
        INamed named = doc;
        IVersioned versioned = doc;
        IEntity entity = versioned;
        if (entity.Id != 12 || named.Name != "spec" || versioned.Version != 1) return 1;
        versioned.Bump();
        doc.Bump();
        if (doc.Version != 3 || doc.Pages() != 27) return 2;
        IEntity[] all = { d, new Tag(), named };
        if (SumIds(all) != 101) return 3;
        if (!(all[1] is INamed) || all[1] is IVersioned || all[1] is IDocument) return 4;
        if (!(all[0] is IDocument)) return 5;
        IVersioned back = (IVersioned)all[2];
        back.Bump();
        if (d.Version != 4) return 6;
        return 100;
    }
}
