// Utf8JsonWriter into an ArrayBufferWriter and a MemoryStream (objects, arrays, numbers, booleans, nulls, escaping, indented output, raw values), then a Utf8JsonReader token walk printing TokenType, depth and values, and the JsonReaderException for malformed input.
using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;

class JsonWriterReader
{
    static void Walk(byte[] json, JsonReaderOptions options = default)
    {
        var reader = new Utf8JsonReader(json, options);
        var sb = new StringBuilder();
        while (reader.Read())
        {
            sb.Append(reader.TokenType).Append('@').Append(reader.CurrentDepth);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                case JsonTokenType.String:
                    sb.Append('=').Append(reader.GetString().Replace("\n", "\\n").Replace("\t", "\\t"));
                    break;
                case JsonTokenType.Number:
                    sb.Append('=').Append(reader.TryGetInt64(out long l) ? "i" + l : "d" + reader.GetDouble().ToString("R"));
                    break;
                case JsonTokenType.True:
                case JsonTokenType.False:
                    sb.Append('=').Append(reader.GetBoolean());
                    break;
            }
            sb.Append(' ');
        }
        Console.WriteLine(sb.ToString().TrimEnd() + " | consumed " + reader.BytesConsumed);
    }

    static int Main()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("name", "Widget \"Pro\"");
            w.WriteNumber("count", 42);
            w.WriteNumber("price", 19.99);
            w.WriteNumber("big", long.MinValue);
            w.WriteNumber("dec", 1.50m);
            w.WriteBoolean("active", true);
            w.WriteNull("owner");
            w.WriteStartArray("tags");
            w.WriteStringValue("a/b");
            w.WriteStringValue("tab\there");
            w.WriteStringValue("caf\u00e9 <html> & 'q'");
            w.WriteNumberValue(-0.5f);
            w.WriteEndArray();
            w.WriteStartObject("nested");
            w.WriteStartArray("empty");
            w.WriteEndArray();
            w.WritePropertyName("raw");
            w.WriteRawValue("[1,2]");
            w.WriteEndObject();
            w.WriteEndObject();
            Console.WriteLine("pending " + w.BytesPending + " committed " + w.BytesCommitted + " depth " + w.CurrentDepth);
        }
        byte[] compact = buffer.WrittenSpan.ToArray();
        Console.WriteLine(Encoding.UTF8.GetString(compact));
        Console.WriteLine("written " + buffer.WrittenCount);
        Walk(compact);

        var ms = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var w = new Utf8JsonWriter(ms, options))
        {
            w.WriteStartArray();
            w.WriteNumberValue(1);
            w.WriteStartObject();
            w.WriteString("k", "caf\u00e9 <b>");
            w.WriteNumber("e", 1e21);
            w.WriteEndObject();
            w.WriteStringValue("\U0001F600");
            w.WriteEndArray();
        }
        Console.WriteLine(Encoding.UTF8.GetString(ms.ToArray()).Replace("\r\n", "\n").Replace("\n", "\\n"));

        Walk(Encoding.UTF8.GetBytes("[true,false,null,-12,3.25,1e400,\"\\u0041\\n\",{}]"));
        Walk(Encoding.UTF8.GetBytes("// c\n{\"a\":1,/* x */\"b\":[2,],}"), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var partial = new Utf8JsonReader(Encoding.UTF8.GetBytes("{\"x\": [1, 2"), isFinalBlock: false, state: default);
        int tokens = 0;
        while (partial.Read())
            tokens++;
        Console.WriteLine("partial tokens " + tokens + " consumed " + partial.BytesConsumed + " depth " + partial.CurrentDepth);
        foreach (var bad in new[] { "{\"a\":}", "[1 2]", "{'a':1}", "[01]", "\"abc" })
        {
            try
            {
                var r = new Utf8JsonReader(Encoding.UTF8.GetBytes(bad));
                while (r.Read())
                {
                }
                Console.WriteLine(bad + " ok");
            }
            catch (JsonException e)
            {
                Console.WriteLine(bad + " -> " + e.GetType().Name + ": " + e.Message);
            }
        }
        try
        {
            using var w = new Utf8JsonWriter(new ArrayBufferWriter<byte>());
            w.WriteStartObject();
            w.WriteNumberValue(1);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        return 0;
    }
}
