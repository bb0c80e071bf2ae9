using System;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.WriteLine("Hello from WebcilApp on " + System.Runtime.InteropServices.RuntimeInformation.OSDescription);
        return 0;
    }
}
