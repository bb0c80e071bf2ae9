// Hand-written JSON-like value model and pretty printer: a recursive-descent ref-struct parser over ReadOnlySpan<char>, string escaping (\u sequences, surrogates) with StringBuilder, double parsing and round-trip formatting, indented and compact output, pattern-based queries and error offsets.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

abstract record JValue;
sealed record JNull : JValue { public static readonly JNull Instance = new(); }
sealed record JBool(bool Value) : JValue;
sealed record JNumber(double Value) : JValue;
sealed record JString(string Value) : JValue;
sealed record JArray(List<JValue> Items) : JValue;
sealed record JObject(List<KeyValuePair<string, JValue>> Members) : JValue { public JValue this[string key] => Members.FirstOrDefault(m => m.Key == key).Value; }

class JsonSyntaxException(string message, int offset) : Exception($"{message} at offset {offset}");

ref struct JsonReader(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> s = text;
    private int i;
    public JValue ReadDocument() { var v = ReadValue(); SkipWs(); return i == s.Length ? v : throw new JsonSyntaxException("trailing characters", i); }
    void SkipWs() { while (i < s.Length && char.IsWhiteSpace(s[i])) i++; }
    void Expect(char c) { SkipWs(); if (i >= s.Length || s[i] != c) throw new JsonSyntaxException($"expected '{c}'", i); i++; }
    JValue ReadValue()
    {
        SkipWs();
        if (i >= s.Length) throw new JsonSyntaxException("unexpected end", i);
        switch (s[i])
        {
            case '{' or '[':
                bool isObject = s[i++] == '{';
                var members = new List<KeyValuePair<string, JValue>>();
                SkipWs();
                if (s[i] != (isObject ? '}' : ']'))
                    do { SkipWs(); string key = isObject ? ReadString() : null; if (isObject) Expect(':'); members.Add(new(key, ReadValue())); SkipWs(); } while (s[i] == ',' && ++i > 0);
                Expect(isObject ? '}' : ']');
                return isObject ? new JObject(members) : new JArray(members.Select(m => m.Value).ToList());
            case '"': return new JString(ReadString());
            case 't' when s[i..].StartsWith("true"): i += 4; return new JBool(true);
            case 'f' when s[i..].StartsWith("false"): i += 5; return new JBool(false);
            case 'n' when s[i..].StartsWith("null"): i += 4; return JNull.Instance;
            case '-' or (>= '0' and <= '9'):
                int start = i;
                while (i < s.Length && "+-.eE0123456789".Contains(s[i])) i++;
                return new JNumber(double.Parse(s[start..i], NumberStyles.Float, CultureInfo.InvariantCulture));
            default: throw new JsonSyntaxException($"unexpected '{s[i]}'", i);
        }
    }
    string ReadString()
    {
        if (s[i] != '"') throw new JsonSyntaxException("expected string", i);
        var sb = new StringBuilder();
        for (i++; s[i] != '"'; i++)
        {
            if (s[i] != '\\') { sb.Append(s[i]); continue; }
            i++;
            sb.Append(s[i] switch
            {
                'n' => '\n', 't' => '\t', '"' => '"', '\\' => '\\', '/' => '/',
                'u' => (char)int.Parse(s.Slice(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                var c => throw new JsonSyntaxException($"bad escape '\\{c}'", i),
            });
            if (s[i] == 'u') i += 4;
        }
        i++;
        return sb.ToString();
    }
}

static class JsonPrinter
{
    static string Quote(string v)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in v)
            sb.Append(c switch { '"' => "\\\"", '\\' => "\\\\", '\n' => "\\n", '\t' => "\\t", < ' ' or > '~' => $"\\u{(int)c:x4}", _ => c.ToString() });
        return sb.Append('"').ToString();
    }
    public static string Print(JValue v, int indent, int depth = 0)
    {
        string Pad(int d) => indent > 0 ? "\n" + new string(' ', indent * d) : "";
        return v switch
        {
            JNull => "null",
            JBool b => b.Value ? "true" : "false",
            JNumber n => n.Value.ToString("R", CultureInfo.InvariantCulture),
            JString str => Quote(str.Value),
            JArray { Items.Count: 0 } => "[]",
            JObject { Members.Count: 0 } => "{}",
            JArray a when a.Items.All(x => x is JNumber or JBool or JNull) => "[" + string.Join(indent > 0 ? ", " : ",", a.Items.Select(x => Print(x, 0))) + "]",
            JArray a => "[" + string.Join(",", a.Items.Select(x => Pad(depth + 1) + Print(x, indent, depth + 1))) + Pad(depth) + "]",
            JObject o => "{" + string.Join(",", o.Members.Select(m => Pad(depth + 1) + Quote(m.Key) + (indent > 0 ? ": " : ":") + Print(m.Value, indent, depth + 1))) + Pad(depth) + "}",
            _ => throw new ArgumentException("unknown value " + v.GetType().Name),
        };
    }
}

class AppJsonPrettyPrinter
{
    static int Main()
    {
        const string doc = """{"name":"Widget \"Pro\"","id":1234567890123,"price":19.5,"tags":["a\/b","caf\u00e9","\ud83d\ude00"],"dims":[1.5,2,-3e-2],"stock":{"warehouse":{"north":12,"south":0},"onOrder":null,"active":true},"history":[{"y":2023,"sold":100},{}],"empty":[]}""";
        var root = (JObject)new JsonReader(doc).ReadDocument();
        Console.WriteLine(JsonPrinter.Print(root, 2));
        string compact = JsonPrinter.Print(root, 0);
        Console.WriteLine(compact);
        var again = new JsonReader(compact).ReadDocument() as JObject;
        Console.WriteLine("members " + again.Members.Count + " name " + ((JString)again["name"]).Value + " id " + ((JNumber)again["id"]).Value.ToString(CultureInfo.InvariantCulture) + " equal text " + (JsonPrinter.Print(again, 0) == compact));
        var north = again["stock"] is JObject { Members: var ms } && ms[0].Value is JObject wh && wh["north"] is JNumber { Value: var q } ? q : -1;
        Console.WriteLine("north " + north + " missing " + (again["nope"] is null) + " tag lengths " + string.Join(",", ((JArray)root["tags"]).Items.Cast<JString>().Select(t => t.Value.Length)));
        Console.WriteLine(JsonPrinter.Print(new JArray([new JString("tab\there"), new JObject([new("k", new JArray([JNull.Instance, new JBool(false)]))])]), 4));
        foreach (var bad in new[] { "[1, 2", "{\"a\" 1}", "[tru]", "\"\\q\"", "{} x", "", "{\"a\":1,}" })
        {
            try { new JsonReader(bad).ReadDocument(); Console.WriteLine("parsed?"); }
            catch (Exception e) when (e is JsonSyntaxException or IndexOutOfRangeException) { Console.WriteLine($"{bad,-10} {e.GetType().Name}: {e.Message}"); }
        }
        return 0;
    }
}
