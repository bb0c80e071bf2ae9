// GC.GetGCMemoryInfo reports a heap within the memory it says is available: sizes that are positive, ordered and
// consistent with what the program holds. Returns 100 when every step matches; otherwise the number of the first
// step that did not.
using System;

static class Program
{
    static int s_step;
    static object[] s_keep;

    static bool Check(bool ok)
    {
        s_step++;
        return ok;
    }

    static int Main()
    {
        s_keep = new object[1000];
        for (int i = 0; i < s_keep.Length; i++)
            s_keep[i] = new byte[1000];
        GC.Collect();
        GCMemoryInfo info = GC.GetGCMemoryInfo();
        if (!Check(info.TotalAvailableMemoryBytes > 0)) return s_step;
        if (!Check(info.HighMemoryLoadThresholdBytes > 0 && info.HighMemoryLoadThresholdBytes <= info.TotalAvailableMemoryBytes)) return s_step;
        if (!Check(info.MemoryLoadBytes > 0 && info.MemoryLoadBytes <= info.TotalAvailableMemoryBytes)) return s_step;
        if (!Check(info.HeapSizeBytes >= 1_000_000)) return s_step; // the million bytes kept above
        if (!Check(info.FragmentedBytes >= 0 && info.FragmentedBytes <= info.HeapSizeBytes)) return s_step;
        if (!Check(info.TotalCommittedBytes > 0)) return s_step;
        GC.KeepAlive(s_keep);
        return s_step == 6 ? 100 : 200 + s_step;
    }
}
