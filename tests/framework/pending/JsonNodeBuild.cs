// JsonNode DOM: building JsonObject/JsonArray/JsonValue by hand, indexers, Add/Remove/Insert, ToJsonString compact and indented, JsonNode.Parse and navigation, GetValue<T>, DeepClone, DeepEquals, parent/path tracking, and the error when a node already has a parent.
using System;
using System.Text.Json;
using System.Text.Json.Nodes;

class JsonNodeBuild
{
    static int Main()
    {
        var order = new JsonObject
        {
            ["id"] = 1001,
            ["customer"] = "Ada",
            ["paid"] = false,
            ["total"] = 12.75m,
            ["lines"] = new JsonArray
            {
                new JsonObject { ["sku"] = "A-1", ["qty"] = 2 },
                new JsonObject { ["sku"] = "B-7", ["qty"] = 1 },
            },
        };
        Console.WriteLine(order.ToJsonString());
        order["paid"] = true;
        order["note"] = null;
        order.Add("tags", new JsonArray("rush", "gift"));
        order["lines"].AsArray().Add(new JsonObject { ["sku"] = "C-3", ["qty"] = 5 });
        order.Remove("customer");
        Console.WriteLine(order.ToJsonString());
        Console.WriteLine("count " + order.Count + " contains note " + order.ContainsKey("note") + " note null " + (order["note"] == null));
        JsonArray lines = order["lines"].AsArray();
        int qty = 0;
        foreach (JsonNode line in lines)
            qty += line["qty"].GetValue<int>();
        Console.WriteLine("lines " + lines.Count + " qty " + qty + " last path " + lines[2]["sku"].GetPath() + " parent is array " + (lines[0].Parent == lines));
        lines.RemoveAt(1);
        lines.Insert(0, JsonValue.Create("first"));
        Console.WriteLine(lines.ToJsonString());
        Console.WriteLine(order.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).Replace("\r\n", "\n").Replace("\n", "|"));

        JsonNode parsed = JsonNode.Parse("{\"a\":{\"b\":[10,20,{\"c\":\"deep\"}]},\"n\":-3.5,\"s\":\"x\\u00e9\"}");
        Console.WriteLine(parsed["a"]["b"][2]["c"].GetValue<string>() + " " + parsed["a"]["b"][1].GetValue<int>() + " " + parsed["n"].GetValue<double>() + " " + parsed["s"].GetValue<string>() + " kind " + parsed["a"]["b"].GetValueKind());
        Console.WriteLine("path " + parsed["a"]["b"][2]["c"].GetPath() + " root same " + (parsed["a"]["b"].Root == parsed));
        JsonNode copy = parsed.DeepClone();
        copy["n"] = 7;
        Console.WriteLine("deep equals after change " + JsonNode.DeepEquals(parsed, copy) + " original n " + parsed["n"] + " copy " + copy.ToJsonString());
        Console.WriteLine("deep equals clone " + JsonNode.DeepEquals(parsed, parsed.DeepClone()));
        var value = JsonValue.Create(3.0);
        Console.WriteLine("value " + value.ToJsonString() + " try int " + value.TryGetValue(out int iv) + " " + iv + " try double " + value.TryGetValue(out double dv) + " " + dv);
        var escaped = new JsonObject { ["html"] = "<a href='x'>&</a>", ["quote"] = "\"q\"\n", ["uni"] = "\u00e9\U0001F600" };
        Console.WriteLine(escaped.ToJsonString());
        JsonArray mixed = new JsonArray(1, "two", true, null, 4.5);
        Console.WriteLine(mixed.ToJsonString() + " count " + mixed.Count + " kinds " + mixed[0].GetValueKind() + "," + mixed[1].GetValueKind() + "," + mixed[2].GetValueKind() + "," + mixed[4].GetValueKind());
        var orphan = new JsonObject { ["k"] = 1 };
        var owner = new JsonArray(orphan);
        try
        {
            new JsonArray(orphan);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            parsed["s"].GetValue<int>();
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            new JsonObject { ["dup"] = 1 }.Add("dup", 2);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        Console.WriteLine("owner " + owner.Count + " " + owner.ToJsonString());
        return 0;
    }
}
