// Checks ToString overrides on own classes called directly: through the declared type, through object and base references (virtual), a base ToString reached by base.ToString(), and strings built from them by concatenation.
class Animal
{
    public string Name;
    public Animal(string name) { Name = name; }
    public override string ToString() { return "animal " + Name; }
}

class Dog : Animal
{
    public Dog(string name) : base(name) { }
    public override string ToString() { return "dog " + Name; }
}

class Puppy : Dog
{
    public Puppy(string name) : base(name) { }
    public override string ToString() { return base.ToString() + " (young)"; }
}

class Cat : Animal
{
    public Cat(string name) : base(name) { }
}

static class Program
{
    static string s_rex = "rex";

    static int Main()
    {
        Animal[] zoo = { new Animal("generic"), new Dog(s_rex), new Puppy("bit"), new Cat("tom") };
        if (zoo[0].ToString() != "animal generic") return 1;
        if (zoo[1].ToString() != "dog rex") return 2;
        if (zoo[2].ToString() != "dog bit (young)") return 3;
        if (zoo[3].ToString() != "animal tom") return 4;
        object o = zoo[2];
        if (o.ToString() != "dog bit (young)") return 5;
        string all = "";
        foreach (Animal a in zoo) all = all + a.ToString() + ";";
        if (all != "animal generic;dog rex;dog bit (young);animal tom;") return 6;
        if (all.Length != 50) return 7;
        Dog d = new Puppy(s_rex);
        if (d.ToString().Length != 15) return 8;
        return 100;
    }
}
