// Checks is and as on a class hierarchy: upcasts always succeed, downcasts only for the right dynamic type, as gives null on failure, is is false for null, and sibling classes never convert.
class Vehicle { public int Wheels; }
class Car : Vehicle { public Car() { Wheels = 4; } }
class SportsCar : Car { public int Top = 300; }
class Bike : Vehicle { public Bike() { Wheels = 2; } }

static class Program
{
    static int s_pick = 2;

    static Vehicle Make(int k)
    {
        switch (k)
        {
            case 0: return new Vehicle();
            case 1: return new Car();
            case 2: return new SportsCar();
            case 3: return new Bike();
            default: return null;
        }
    }

    static int Main()
    {
        Vehicle v = Make(s_pick);
        if (!(v is Vehicle) || !(v is Car) || !(v is SportsCar) || v is Bike) return 1;
        Car c = v as Car;
        if (c == null || c.Wheels != 4) return 2;
        Bike b = v as Bike;
        if (b != null) return 3;
        Vehicle nothing = Make(9);
        if (nothing is Vehicle || nothing as Car != null) return 4;
        int[] counts = new int[4];
        for (int k = 0; k < 5; k++)
        {
            Vehicle x = Make(k);
            if (x is Vehicle) counts[0]++;
            if (x is Car) counts[1]++;
            if (x is SportsCar) counts[2]++;
            if (x is Bike) counts[3]++;
        }
        if (counts[0] != 4 || counts[1] != 2 || counts[2] != 1 || counts[3] != 1) return 5;
        object o = Make(3);
        if (!(o is Vehicle) || (o as Vehicle).Wheels != 2 || o as Car != null) return 6;
        SportsCar sc = (SportsCar)(object)v;
        if (sc.Top != 300) return 7;
        object str = "text";
        if (str is Vehicle || str as Vehicle != null) return 8;
        return 100;
    }
}
