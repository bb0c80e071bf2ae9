// Checked and unchecked integer arithmetic, division checks.
class Program
{
    static int Add(int a, int b) => a + b;
    static int AddChecked(int a, int b) => checked(a + b);
    static long MulChecked(long a, long b) => checked(a * b);
    static int Divide(int a, int b) => a / b;
    static uint RemainderUnsigned(uint a, uint b) => a % b;
    // A constant divisor other than 0 and -1 needs no checks: a bare i32.div_s / i32.rem_s.
    static int DivideByConstant(int a) => a / 10 + a % 7;
    static int Main() => Add(1, 2) + AddChecked(3, 4) + (int)MulChecked(5, 6) + Divide(70, 7) + (int)RemainderUnsigned(9, 5) + DivideByConstant(75) == 66 ? 100 : 1;
}
