// Backtracking solvers: N-queens counting with bitmasks and the first solution rendered as a board, and a Sudoku solver with candidate bitmasks (BitOperations.PopCount/TrailingZeroCount), most-constrained-cell heuristic and a validity check.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Text;

static class Queens
{
    public static int Count(int n, int row = 0, int cols = 0, int d1 = 0, int d2 = 0)
    {
        if (row == n) return 1;
        int total = 0, free = ~(cols | d1 | d2) & ((1 << n) - 1);
        while (free != 0)
        {
            int bit = free & -free;
            free ^= bit;
            total += Count(n, row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
        }
        return total;
    }
    public static bool First(int n, int[] placed, int row = 0)
    {
        if (row == n) return true;
        for (int c = 0; c < n; c++)
        {
            if (Enumerable.Range(0, row).Any(r => placed[r] == c || Math.Abs(placed[r] - c) == row - r)) continue;
            placed[row] = c;
            if (First(n, placed, row + 1)) return true;
        }
        return false;
    }
}

sealed class Sudoku
{
    private readonly int[] cells = new int[81];
    public int Guesses { get; private set; }
    public Sudoku(string puzzle)
    {
        if (puzzle.Length != 81) throw new ArgumentException($"need 81 cells, got {puzzle.Length}", nameof(puzzle));
        for (int i = 0; i < 81; i++)
        {
            int d = puzzle[i] is >= '1' and <= '9' ? puzzle[i] - '0' : 0;
            if (d != 0 && (Candidates(i) >> d & 1) == 0)
                throw new ArgumentException($"digit {d} at r{i / 9 + 1}c{i % 9 + 1} conflicts", nameof(puzzle));
            cells[i] = d;
        }
    }
    int Candidates(int idx)
    {
        int r = idx / 9, c = idx % 9, used = 0;
        for (int k = 0; k < 9; k++)
        {
            used |= 1 << cells[r * 9 + k] | 1 << cells[k * 9 + c] | 1 << cells[(r / 3 * 3 + k / 3) * 9 + c / 3 * 3 + k % 3];
        }
        return ~used & 0x3FE;
    }
    public bool Solve()
    {
        int best = -1, bestMask = 0, bestCount = 10;
        for (int i = 0; i < 81; i++)
        {
            if (cells[i] != 0) continue;
            int mask = Candidates(i), count = BitOperations.PopCount((uint)mask);
            if (count < bestCount) { best = i; bestMask = mask; bestCount = count; }
            if (count == 0) return false;
        }
        if (best < 0) return true;
        while (bestMask != 0)
        {
            int digit = BitOperations.TrailingZeroCount(bestMask);
            bestMask &= bestMask - 1;
            cells[best] = digit;
            Guesses++;
            if (Solve()) return true;
        }
        cells[best] = 0;
        return false;
    }
    public bool IsValid() => Enumerable.Range(0, 9).All(k =>
        Enumerable.Range(0, 9).Select(j => cells[k * 9 + j]).Order().SequenceEqual(Enumerable.Range(1, 9)) &&
        Enumerable.Range(0, 9).Select(j => cells[j * 9 + k]).Distinct().Count() == 9 &&
        Enumerable.Range(0, 9).Select(j => cells[(k / 3 * 3 + j / 3) * 9 + k % 3 * 3 + j % 3]).Distinct().Count() == 9);
    public IEnumerable<string> Rows() => Enumerable.Range(0, 9).Select(r => string.Concat(cells.Skip(r * 9).Take(9)));
}

class AppSudokuNQueens
{
    static int Main()
    {
        Console.WriteLine("queens counts " + string.Join(" ", Enumerable.Range(1, 9).Select(n => $"{n}:{Queens.Count(n)}")));
        var placed = new int[8];
        Queens.First(8, placed);
        Console.WriteLine("first 8-queens " + string.Join(",", placed));
        var board = new StringBuilder();
        foreach (int c in placed.Take(4)) board.Append('.', c).Append('Q').Append('.', 7 - c).Append('/');
        Console.WriteLine(board.ToString());
        Console.WriteLine("6-queens found " + Queens.First(6, new int[6]) + ", 3-queens found " + Queens.First(3, new int[3]));
        var puzzles = new[]
        {
            "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
            "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
            "11...............................................................................",
            "12345678",
        };
        foreach (var p in puzzles)
        {
            try
            {
                var s = new Sudoku(p);
                bool solved = s.Solve();
                Console.WriteLine($"solved {solved} valid {solved && s.IsValid()} guesses {s.Guesses}");
                if (solved) Console.WriteLine("  " + string.Join("|", s.Rows()));
            }
            catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message + " [" + e.ParamName + "]"); }
        }
        return 0;
    }
}
