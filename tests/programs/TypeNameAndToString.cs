// Checks Type.Name and ToString() of classes, structs, nested and generic types and arrays, from typeof and GetType().
namespace Shapes
{
    class Circle { }
    struct Point { }
    class Outer { public class Inner { } }
    class Box<T> { }
}
static class Program
{
    static object[] s_objects = { new Shapes.Circle(), new Shapes.Point(), new int[3], "text", new Shapes.Box<int>() };

    static int Main()
    {
        object[] o = s_objects;
        if (o[0].GetType().Name != "Circle") return 1;
        if (o[1].GetType().Name != "Point") return 2;
        if (o[2].GetType().Name != "Int32[]") return 3;
        if (o[3].GetType().Name != "String") return 4;
        if (o[4].GetType().Name != "Box`1") return 5;
        if (typeof(Shapes.Outer.Inner).Name != "Inner") return 6;
        if (o[0].GetType().ToString() != "Shapes.Circle") return 7;
        if (o[4].GetType().ToString() != "Shapes.Box`1[System.Int32]") return 8;
        if (typeof(Shapes.Outer.Inner).ToString() != "Shapes.Outer+Inner") return 9;
        if (typeof(int[,]).Name != "Int32[,]") return 10;
        return 100;
    }
}
