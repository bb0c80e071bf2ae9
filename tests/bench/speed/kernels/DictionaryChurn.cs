// Dictionary<int, int> and Dictionary<string, int> under adds, lookups, updates and removals; List<T> growth.
namespace Kernels;

using System.Collections.Generic;

public static class DictionaryChurn
{
    public static int Main()
    {
        var numbers = new Dictionary<int, int>();
        uint state = 1;
        long checksum = 0;
        for (int i = 0; i < 2_000_000; i++)
        {
            state = state * 1664525 + 1013904223;
            int key = (int)(state >> 12) & 0xFFFF;
            if (numbers.TryGetValue(key, out int value))
            {
                if ((value & 3) == 0) numbers.Remove(key);
                else numbers[key] = value + 1;
            }
            else numbers.Add(key, i);
            checksum += numbers.Count;
        }
        var names = new List<string>();
        for (int i = 0; i < 2000; i++) names.Add("key" + i.ToString());
        var byName = new Dictionary<string, int>();
        for (int round = 0; round < 100; round++)
            foreach (string name in names)
            {
                byName.TryGetValue(name, out int count);
                byName[name] = count + round;
            }
        foreach (var pair in byName) checksum += pair.Value;
        return (int)(checksum & 0xFF);
    }
}
