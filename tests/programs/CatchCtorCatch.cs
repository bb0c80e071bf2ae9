// Checks try/catch/filter inside instance and struct constructors and in instance methods whose filters read `this` fields; fields set before the throw persist; expects checksum.
using System;
class Parser {
    public int Pos, Errors; int[] input;
    public Parser(int[] inp) {
        input = inp;
        for (Pos = 0; Pos < 6; Pos++) {
            try { if (input[Pos] < 0) throw new FormatException(); }
            catch (FormatException) when (Errors < 1) { Errors++; }
            catch (FormatException) { Errors += 10; }
            catch (IndexOutOfRangeException) { Errors += 100; break; }
        }
    }
    public int Check() { try { return 100 / (Pos - 4); } catch (DivideByZeroException) when (this.Errors > 100) { return -Errors; } }
}
struct Cell { public int A, B; public Cell(int x) { A = x; try { B = 10 / (x - 3); } catch (DivideByZeroException) { B = -1; A += 100; } } }
class P {
    static int Main() {
        var p = new Parser(new int[] { 1, -2, 3, -4 });
        long acc = p.Pos * 1000 + p.Errors + p.Check() * 7;
        for (int x = 1; x < 5; x++) { var c = new Cell(x); acc = acc * 3 + c.A * 5 + c.B; }
        return (int)((ulong)acc % 251) + 2;
    }
}
