// A JSON-like tokenizer over a generated 600 KB document: char scanning, number parsing, substrings and a
// string-keyed count of the names seen.
namespace Kernels;

using System.Collections.Generic;
using System.Text;

public static class Tokenizer
{
    static string Document()
    {
        var sb = new StringBuilder();
        sb.Append('[');
        for (int i = 0; i < 6000; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append("{\"id\": ").Append(i).Append(", \"name\": \"item").Append(i % 97)
              .Append("\", \"price\": ").Append(i * 37 % 1000).Append(".").Append(i % 100)
              .Append(", \"tags\": [\"a\", \"bb\", \"ccc\"], \"ok\": ").Append(i % 3 == 0 ? "true" : "false").Append('}');
        }
        sb.Append(']');
        return sb.ToString();
    }

    public static int Main()
    {
        string text = Document();
        var names = new Dictionary<string, int>();
        long checksum = 0;
        for (int round = 0; round < 10; round++)
        {
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == ' ' || c == '\n') { i++; continue; }
                if (c == '"')
                {
                    int start = ++i;
                    while (text[i] != '"') i++;
                    string s = text.Substring(start, i - start);
                    names.TryGetValue(s, out int seen);
                    names[s] = seen + 1;
                    i++;
                }
                else if (c == '-' || (c >= '0' && c <= '9'))
                {
                    long whole = 0;
                    while (i < text.Length && text[i] >= '0' && text[i] <= '9') whole = whole * 10 + (text[i++] - '0');
                    if (i < text.Length && text[i] == '.')
                        for (i++; i < text.Length && text[i] >= '0' && text[i] <= '9'; i++) whole += text[i] - '0';
                    checksum += whole;
                }
                else if (c == 't' || c == 'f' || c == 'n')
                {
                    int start = i;
                    while (i < text.Length && text[i] >= 'a' && text[i] <= 'z') i++;
                    checksum += i - start;
                }
                else { checksum += c; i++; }
            }
        }
        foreach (var pair in names) checksum += pair.Value * pair.Key.Length;
        return (int)(checksum & 0xFF);
    }
}
