// Checks invoking a delegate through a variant conversion: a Func<Puppy> called as Func<Animal> (covariance) and an
// Action<Animal> called as Action<Puppy> (contravariance), where no Func<Animal> or Action<Puppy> is ever created.
using System;

class Animal
{
    public virtual int Legs() => 0;
}

class Puppy : Animal
{
    public override int Legs() => 4;
}

static class Program
{
    static int s_total;

    static int Main()
    {
        Func<Puppy> makePuppy = () => new Puppy();
        Func<Animal> makeAnimal = makePuppy;
        if (makeAnimal().Legs() != 4) return 1;
        Action<Animal> count = a => s_total += a.Legs();
        Action<Puppy> countPuppy = count;
        countPuppy(new Puppy());
        countPuppy(new Puppy());
        if (s_total != 8) return 2;
        Func<object> boxed = makeAnimal;
        if (!(boxed() is Puppy)) return 3;
        return 100;
    }
}
