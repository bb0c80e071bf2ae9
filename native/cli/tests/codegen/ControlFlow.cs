// A loop, a dense switch and short-circuit conditions.
class Program
{
    static int SumTo(int n)
    {
        int sum = 0;
        for (int i = 1; i <= n; i++) sum += i;
        return sum;
    }

    static int Classify(int x)
    {
        switch (x)
        {
            case 0: return 10;
            case 1: return 20;
            case 2: return 30;
            default: return x > 100 && x < 200 ? 40 : 50;
        }
    }

    static int Main() => SumTo(10) + Classify(1) + Classify(150) == 115 ? 100 : 1;
}
