// Checks type parameters with several constraints at once (base class, interfaces, new()) and constraints between type parameters (where U : T), with generic code using all of them.
interface IValidate { bool Valid(); }
interface IScore { int Score { get; } }

class Entity
{
    public int Id;
    public virtual string Kind() { return "entity"; }
}

class Player : Entity, IValidate, IScore
{
    public int Points;
    public bool Valid() { return Id > 0; }
    public int Score { get { return Points; } }
    public override string Kind() { return "player"; }
}

class Bot : Player
{
    public Bot() { Points = 1; }
    public override string Kind() { return "bot"; }
}

static class League
{
    public static T Best<T>(T[] all) where T : Entity, IValidate, IScore
    {
        T best = null;
        foreach (T t in all)
            if (t.Valid() && (best == null || t.Score > best.Score)) best = t;
        return best;
    }

    public static T Spawn<T>(int id) where T : Entity, IScore, new()
    {
        T t = new T();
        t.Id = id;
        return t;
    }

    public static T Widen<T, U>(U u) where U : T { return u; }

    public static int CountKinds<T, U>(T[] items, string kind) where T : class where U : Entity
    {
        int n = 0;
        foreach (T t in items) if (t is U u && u.Kind() == kind) n++;
        return n;
    }
}

static class Program
{
    static int s_id = 3;

    static int Main()
    {
        Player[] ps = { new Player { Id = s_id, Points = 10 }, new Player { Id = 0, Points = 99 }, new Bot { Id = 4 }, new Player { Id = 5, Points = 30 } };
        if (League.Best(ps).Id != 5) return 1;
        Bot[] bots = { League.Spawn<Bot>(1), League.Spawn<Bot>(s_id) };
        if (bots[1].Id != 3 || bots[1].Score != 1 || League.Best(bots) != bots[0]) return 2;
        Player p = League.Spawn<Player>(7);
        if (p.Points != 0 || p.Kind() != "player") return 3;
        Entity e = League.Widen<Entity, Bot>(bots[0]);
        object o = League.Widen<object, string>("s");
        if (e.Kind() != "bot" || (string)o != "s") return 4;
        object[] mixed = { bots[0], p, "x", new Entity(), bots[1] };
        if (League.CountKinds<object, Player>(mixed, "bot") != 2 || League.CountKinds<object, Entity>(mixed, "entity") != 1) return 5;
        return 100;
    }
}
