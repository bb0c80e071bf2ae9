// Convert: ToString(value, 2/8/10/16) for byte/short/int/long (negatives in two's complement), ToInt32/ToInt64/ToByte(string, base), ToBoolean/ToChar/ToDouble/ToInt32 of strings and values (rounding), Base64 round trips, ChangeType, and error messages.
using System;
using System.Globalization;

class ConvertBaseStrings
{
    static int Main()
    {
        foreach (int b in new[] { 2, 8, 10, 16 })
            Console.WriteLine(b + ": " + Convert.ToString(42, b) + " " + Convert.ToString(-42, b) + " " + Convert.ToString(long.MaxValue, b) + " " + Convert.ToString((short)-1, b) + " " + Convert.ToString((byte)200, b) + " " + Convert.ToString(0, b));
        Console.WriteLine(Convert.ToInt32("ff", 16) + " " + Convert.ToInt32("0xFF", 16) + " " + Convert.ToInt32("FFFFFFFF", 16) + " " + Convert.ToInt32("101010", 2) + " " + Convert.ToInt32("777", 8) + " " + Convert.ToInt32("-123", 10));
        Console.WriteLine(Convert.ToInt64("7FFFFFFFFFFFFFFF", 16) + " " + Convert.ToInt64("8000000000000000", 16) + " " + Convert.ToByte("11111111", 2) + " " + Convert.ToSByte("80", 16) + " " + Convert.ToUInt16("FFFF", 16) + " " + Convert.ToInt16("1000000000000000", 2));
        Console.WriteLine(Convert.ToBoolean("true") + " " + Convert.ToBoolean(" False ") + " " + Convert.ToBoolean(0) + " " + Convert.ToBoolean(-0.5) + " " + Convert.ToChar(65) + " " + Convert.ToInt32('z'));
        Console.WriteLine(Convert.ToInt32(2.5) + " " + Convert.ToInt32(3.5) + " " + Convert.ToInt32(-3.5) + " " + Convert.ToInt32(2.6f) + " " + Convert.ToInt32(2.5m) + " " + Convert.ToByte(254.5) + " " + Convert.ToInt64(-0.5));
        Console.WriteLine(Convert.ToDouble("1.5e3", CultureInfo.InvariantCulture) + " " + Convert.ToDecimal("12.34", CultureInfo.InvariantCulture) + " " + Convert.ToInt32("  -17 ") + " " + Convert.ToInt32((string)null) + " " + Convert.ToDouble(true));
        Console.WriteLine(Convert.ToString(1.5, CultureInfo.InvariantCulture) + " " + Convert.ToString(true) + " " + Convert.ToString('c') + " [" + Convert.ToString((object)null) + "] " + Convert.ToString(12.5m, CultureInfo.InvariantCulture));
        Console.WriteLine(Convert.ChangeType("42", typeof(int), CultureInfo.InvariantCulture) + " " + Convert.ChangeType(3.99, typeof(int)) + " " + Convert.ChangeType(1, typeof(bool)) + " " + Convert.ChangeType("2.5", typeof(double), CultureInfo.InvariantCulture));
        byte[] bytes = { 0, 1, 2, 250, 251, 252, 253, 254, 255 };
        string b64 = Convert.ToBase64String(bytes);
        Console.WriteLine(b64 + " " + BitConverter.ToString(Convert.FromBase64String(b64)) + " " + Convert.ToBase64String(new byte[] { 1 }) + " " + Convert.ToBase64String(new byte[] { 1, 2 }) + " " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("hello world")));
        Console.WriteLine(Convert.ToBase64String(bytes, 1, 3) + " " + System.Text.Encoding.UTF8.GetString(Convert.FromBase64String("V2FzbVIyUg==")) + " " + Convert.FromBase64String(" AQID ").Length);
        Console.WriteLine(Convert.IsDBNull(DBNull.Value) + " " + Convert.GetTypeCode(1.5) + " " + Convert.GetTypeCode("s") + " " + Convert.GetTypeCode(null));
        Check(() => Convert.ToInt32("12z", 16));
        Check(() => Convert.ToInt32("1", 3));
        Check(() => Convert.ToByte("256"));
        Check(() => Convert.ToInt32(3e10));
        Check(() => Convert.ToBoolean("yes"));
        Check(() => Convert.FromBase64String("abc"));
        Check(() => Convert.ToChar(-1));
        Check(() => Convert.ChangeType("x", typeof(int)));
        Check(() => Convert.ToInt32(new object()));
        return 0;
    }

    static void Check(Func<object> f)
    {
        try
        {
            Console.WriteLine("no exception: " + f());
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
    }
}
