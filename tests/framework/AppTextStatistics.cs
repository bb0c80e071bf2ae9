// Text statistics tool: word/sentence/character counts, word frequencies with ordinal tie-breaking, longest words, letter histogram with char categories, n-gram counting and a text wrapped to a column width.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

class TextStats
{
    public int Words, Sentences, Letters, Digits, Spaces, Punctuation, Upper;
    public Dictionary<string, int> Frequencies { get; } = new(StringComparer.Ordinal);

    public static TextStats Analyze(string text)
    {
        var s = new TextStats();
        var word = new StringBuilder();
        void Flush()
        {
            if (word.Length == 0) return;
            string w = word.ToString().ToLowerInvariant();
            s.Frequencies[w] = s.Frequencies.GetValueOrDefault(w) + 1;
            s.Words++;
            word.Clear();
        }
        foreach (char c in text)
        {
            if (char.IsLetter(c) || c == '\'') { word.Append(c); if (char.IsUpper(c)) s.Upper++; if (c != '\'') s.Letters++; continue; }
            Flush();
            if (char.IsDigit(c)) s.Digits++;
            else if (char.IsWhiteSpace(c)) s.Spaces++;
            else if (char.IsPunctuation(c)) { s.Punctuation++; if (c is '.' or '!' or '?') s.Sentences++; }
        }
        Flush();
        return s;
    }
}

class AppTextStatistics
{
    static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var w in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + w.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(w);
        }
        if (line.Length > 0) yield return line.ToString();
    }

    static int Main()
    {
        const string text = "The quick brown fox jumps over the lazy dog. The dog, being lazy, didn't mind! " +
                            "Was the fox quick? At noon it was: 3 jumps in 2 seconds. Over and over, the fox jumped; the dog slept.";
        var s = TextStats.Analyze(text);
        Console.WriteLine($"chars={text.Length} words={s.Words} distinct={s.Frequencies.Count} sentences={s.Sentences}");
        Console.WriteLine($"letters={s.Letters} upper={s.Upper} digits={s.Digits} spaces={s.Spaces} punctuation={s.Punctuation}");
        var top = s.Frequencies.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(6);
        Console.WriteLine("top: " + string.Join(", ", top.Select(kv => $"{kv.Key}={kv.Value}")));
        var longest = s.Frequencies.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Take(3);
        Console.WriteLine("longest: " + string.Join(" ", longest));
        double avg = (double)s.Letters / s.Words;
        Console.WriteLine("average word length " + avg.ToString("F3", CultureInfo.InvariantCulture) + " raw " + avg.ToString(CultureInfo.InvariantCulture));
        var hist = text.Where(char.IsLetter).Select(char.ToLowerInvariant).GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(5);
        foreach (var g in hist)
            Console.WriteLine($"{g.Key} {new string('#', g.Count()),-20}|{g.Count(),3}");
        var words = text.ToLowerInvariant().Split(new[] { ' ', '.', ',', '!', '?', ':', ';' }, StringSplitOptions.RemoveEmptyEntries);
        var bigrams = words.Zip(words.Skip(1), (a, b) => a + " " + b).CountBy(b => b).Where(kv => kv.Value > 1).OrderBy(kv => kv.Key, StringComparer.Ordinal);
        Console.WriteLine("repeated bigrams: " + string.Join(" | ", bigrams.Select(kv => kv.Key + " x" + kv.Value)));
        var caps = words.Select((w, i) => (w, i)).Where(t => t.w.Length > 4).Select(t => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(t.w) + "@" + t.i);
        Console.WriteLine("long words: " + string.Join(" ", caps));
        var cats = text.GroupBy(char.GetUnicodeCategory).OrderBy(g => g.Key).Select(g => g.Key + ":" + g.Count());
        Console.WriteLine(string.Join(" ", cats));
        int n = 1;
        foreach (var line in Wrap(text, 32))
            Console.WriteLine($"{n++,2}: [{line.PadRight(32)}]");
        Console.WriteLine("palindromes: " + string.Join(",", s.Frequencies.Keys.Where(w => w.Length > 1 && w.SequenceEqual(w.Reverse()))) + ".");
        return 0;
    }
}
