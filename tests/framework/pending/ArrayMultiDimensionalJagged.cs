// Multi-dimensional and jagged arrays: rank 2 and 3 with initializers, GetLength/GetLowerBound/GetUpperBound, row-major foreach, Clone and Array.Copy across ranks, Array.CreateInstance with non-zero lower bounds, GetValue/SetValue, type names, jagged rows of different lengths, and rank/index errors.
using System;
using System.Linq;

class ArrayMultiDimensionalJagged
{
    static void Report(string label, Action action)
    {
        try
        {
            action();
            Console.WriteLine(label + ": ok");
        }
        catch (Exception e)
        {
            Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message);
        }
    }

    static int Main()
    {
        int[,] grid = { { 1, 2, 3 }, { 4, 5, 6 } };
        Console.WriteLine("rank " + grid.Rank + " length " + grid.Length + " dims " + grid.GetLength(0) + "x" + grid.GetLength(1) + " bounds " + grid.GetLowerBound(1) + ".." + grid.GetUpperBound(1));
        Console.WriteLine("row-major: " + string.Join(",", grid.Cast<int>()));
        int sum = 0;
        foreach (int v in grid)
            sum += v;
        Console.WriteLine("sum " + sum + " corner " + grid[1, 2]);
        var t = new int[3, 2];
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 3; j++)
                t[j, i] = grid[i, j];
        Console.WriteLine("transposed: " + string.Join(" ", Enumerable.Range(0, 3).Select(r => t[r, 0] + "," + t[r, 1])));

        var cube = new long[2, 3, 4];
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 3; j++)
                for (int k = 0; k < 4; k++)
                    cube[i, j, k] = i * 100 + j * 10 + k;
        Console.WriteLine("cube rank " + cube.Rank + " length " + cube.Length + " last " + cube[1, 2, 3] + " dims " + cube.GetLength(0) + "," + cube.GetLength(1) + "," + cube.GetLength(2));
        Console.WriteLine("cube GetValue " + cube.GetValue(1, 0, 2) + " flattened[13] " + cube.Cast<long>().ElementAt(13));
        cube.SetValue(999L, 0, 1, 1);
        Console.WriteLine("cube SetValue " + cube[0, 1, 1]);

        var clone = (int[,])grid.Clone();
        clone[0, 0] = -1;
        Console.WriteLine("clone independent: " + grid[0, 0] + " " + clone[0, 0]);
        var flat = new int[6];
        Buffer.BlockCopy(grid, 0, flat, 0, 6 * sizeof(int));
        Console.WriteLine("BlockCopy to flat: " + string.Join(",", flat));
        var grid2 = new int[3, 2];
        Buffer.BlockCopy(flat, 4, grid2, 0, 20);
        Console.WriteLine("BlockCopy into 2D: " + Buffer.ByteLength(grid2) + " " + string.Join(",", grid2.Cast<int>()));
        var grid3 = new int[2, 3];
        Array.Copy(grid, 2, grid3, 1, 3);
        Console.WriteLine("Array.Copy 2D to 2D: " + string.Join(",", grid3.Cast<int>()));
        Array.Clear(grid2);
        Console.WriteLine("cleared: " + grid2.Cast<int>().All(v => v == 0));

        var strings = new string[2, 2];
        strings[0, 1] = "x";
        Console.WriteLine("string 2D: " + string.Join("|", strings.Cast<string>().Select(s => s ?? "null")));
        Console.WriteLine("type names: " + grid.GetType().Name + " " + cube.GetType().Name + " " + new int[1][].GetType().Name + " " + new int[1, 1][].GetType().Name + " " + typeof(string[,]).Name);

        var offset = (int[,])Array.CreateInstance(typeof(int), new[] { 3, 2 }, new[] { 1, 10 });
        offset[3, 11] = 42;
        Console.WriteLine("lower bounds " + offset.GetLowerBound(0) + "," + offset.GetLowerBound(1) + " upper " + offset.GetUpperBound(0) + "," + offset.GetUpperBound(1) + " value " + offset[3, 11] + " " + offset.GetValue(3, 11));
        Array vector = Array.CreateInstance(typeof(string), new[] { 3 }, new[] { 5 });
        vector.SetValue("five", 5);
        vector.SetValue("seven", 7);
        Console.WriteLine("non-zero-based vector: " + vector.GetType().Name + " rank " + vector.Rank + " " + vector.GetValue(5) + " " + vector.GetValue(6) + " " + vector.GetValue(7) + " is string[]: " + (vector is string[]));
        Array dyn = Array.CreateInstance(typeof(double), 2, 2);
        dyn.SetValue(1.5, 1, 1);
        Console.WriteLine("CreateInstance 2D: " + dyn.GetType().Name + " " + ((double[,])dyn)[1, 1]);

        int[][] jagged = new int[4][];
        for (int i = 0; i < jagged.Length; i++)
        {
            jagged[i] = new int[i + 1];
            jagged[i][0] = jagged[i][i] = 1;
            for (int j = 1; j < i; j++)
                jagged[i][j] = jagged[i - 1][j - 1] + jagged[i - 1][j];
        }
        Console.WriteLine("pascal: " + string.Join(" / ", jagged.Select(row => string.Join(",", row))));
        Console.WriteLine("row lengths: " + string.Join(",", jagged.Select(r => r.Length)) + " total " + jagged.Sum(r => r.Length));
        Array.Resize(ref jagged[2], 5);
        Console.WriteLine("resized row: " + string.Join(",", jagged[2]));
        var shallow = (int[][])jagged.Clone();
        shallow[0][0] = 77;
        Console.WriteLine("jagged clone shares rows: " + jagged[0][0]);
        int[][,] mixed = { new int[1, 2] { { 8, 9 } }, new int[2, 1] };
        Console.WriteLine("array of 2D: " + mixed[0][0, 1] + " " + mixed[1].GetLength(0));

        Report("index out of range 2D", () => Console.WriteLine(grid[2, 0]));
        Report("GetLength bad dim", () => grid.GetLength(2));
        Report("GetValue wrong rank", () => grid.GetValue(1));
        Report("IndexOf on 2D", () => Array.IndexOf(grid, 5));
        Report("Copy rank mismatch lengths", () => Array.Copy(grid, new int[4], 6));
        Report("offset below bound", () => Console.WriteLine(offset[0, 10]));
        Report("jagged missing row", () => { var rows = new int[2][]; Console.WriteLine(rows[1][0]); });
        return 0;
    }
}
