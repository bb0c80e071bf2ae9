// JsonDocument.Parse and JsonElement navigation: GetProperty/TryGetProperty, EnumerateObject/EnumerateArray, ValueKind, GetInt32/GetInt64/GetDouble/GetDecimal/GetString/GetBoolean, TryGetInt32 on out-of-range values, GetRawText, WriteTo, Clone, property order and duplicates, and errors for wrong kinds.
using System;
using System.Buffers;
using System.Text;
using System.Text.Json;

class JsonDocumentNavigate
{
    const string Source = @"{
  ""store"": ""Corner Shop"",
  ""open"": true,
  ""rating"": 4.5,
  ""since"": 1999,
  ""huge"": 12345678901234,
  ""items"": [
    { ""id"": 1, ""name"": ""apple"", ""price"": 0.25, ""tags"": [""fruit"", ""red""] },
    { ""id"": 2, ""name"": ""bread"", ""price"": 2.10, ""tags"": [] },
    { ""id"": 3, ""name"": ""caf\u00e9 \""noir\"""", ""price"": 1.75, ""tags"": [""drink""] }
  ],
  ""manager"": null,
  ""address"": { ""city"": ""Springfield"", ""zip"": ""01234"" }
}";

    static int Main()
    {
        using JsonDocument doc = JsonDocument.Parse(Source);
        JsonElement root = doc.RootElement;
        Console.WriteLine("root " + root.ValueKind + " props " + root.GetPropertyCount());
        foreach (JsonProperty p in root.EnumerateObject())
            Console.WriteLine("  " + p.Name + ": " + p.Value.ValueKind);
        Console.WriteLine(root.GetProperty("store").GetString() + " " + root.GetProperty("open").GetBoolean() + " " + root.GetProperty("rating").GetDouble() + " " + root.GetProperty("since").GetInt32() + " " + root.GetProperty("huge").GetInt64());
        Console.WriteLine("huge as int32: " + root.GetProperty("huge").TryGetInt32(out int small) + " " + small + " rating as int: " + root.GetProperty("rating").TryGetInt32(out _) + " decimal " + root.GetProperty("rating").GetDecimal());
        JsonElement items = root.GetProperty("items");
        Console.WriteLine("items " + items.GetArrayLength() + " second name " + items[1].GetProperty("name").GetString());
        decimal total = 0;
        foreach (JsonElement item in items.EnumerateArray())
        {
            var tags = new StringBuilder();
            foreach (JsonElement t in item.GetProperty("tags").EnumerateArray())
                tags.Append(t.GetString()).Append(',');
            decimal price = item.GetProperty("price").GetDecimal();
            total += price;
            Console.WriteLine("  #" + item.GetProperty("id").GetInt32() + " " + item.GetProperty("name").GetString() + " " + price + " [" + tags.ToString().TrimEnd(',') + "] raw " + item.GetProperty("price").GetRawText());
        }
        Console.WriteLine("total " + total);
        Console.WriteLine("manager null " + (root.GetProperty("manager").ValueKind == JsonValueKind.Null) + " try missing " + root.TryGetProperty("missing", out JsonElement missing) + " " + missing.ValueKind);
        JsonElement address = root.GetProperty("address");
        Console.WriteLine("zip " + address.GetProperty("zip").GetString() + " raw " + address.GetRawText().Replace("\n", " ").Replace("\r", ""));
        Console.WriteLine("name raw " + items[2].GetProperty("name").GetRawText() + " equals " + items[2].GetProperty("name").ValueEquals("caf\u00e9 \"noir\""));
        JsonElement clone = address.Clone();
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
            items[0].WriteTo(w);
        Console.WriteLine("writeto " + Encoding.UTF8.GetString(buffer.WrittenSpan));

        using var dup = JsonDocument.Parse("{\"a\":1,\"b\":2,\"a\":3}");
        Console.WriteLine("duplicate a " + dup.RootElement.GetProperty("a").GetInt32() + " count " + dup.RootElement.GetPropertyCount());
        using var scalar = JsonDocument.Parse("  -0.0e0 ");
        Console.WriteLine("scalar " + scalar.RootElement.ValueKind + " " + scalar.RootElement.GetDouble() + " raw " + scalar.RootElement.GetRawText());
        using var arr = JsonDocument.Parse("[1, \"two\", [3], {\"four\": 4}, true, null]");
        var kinds = new StringBuilder();
        foreach (var e in arr.RootElement.EnumerateArray())
            kinds.Append(e.ValueKind).Append(' ');
        Console.WriteLine("kinds " + kinds.ToString().TrimEnd() + " tostring " + arr.RootElement[1] + " " + arr.RootElement[2]);
        Console.WriteLine("deep equals " + JsonElement.DeepEquals(arr.RootElement[3], JsonDocument.Parse("{ \"four\" : 4 }").RootElement));

        Console.WriteLine("clone after dispose " + clone.GetProperty("city").GetString());
        try
        {
            root.GetProperty("store").GetInt32();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            root.GetProperty("nope");
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            Console.WriteLine(items[5]);
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            JsonDocument.Parse("{\"a\": [1, 2}");
        }
        catch (JsonException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        return 0;
    }
}
