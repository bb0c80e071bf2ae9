// The classic first program, precompiled: it greets the world and lists the arguments it was given
// (`node bin/.../publish/HelloConsole.mjs one two`).
using System;

static class Program
{
    static int Main(string[] args)
    {
        Console.WriteLine("Hello, World!");
        for (int i = 0; i < args.Length; i++)
            Console.WriteLine($"args[{i}] = {args[i]}");
        return 0;
    }
}
