// Checks switch statements and expressions on strings: many cases (which Roslyn compiles to length and character tests or a hash), a null case, a default, case guards, and strings built at run time matching literal cases.
static class Program
{
    static string s_pre = "mon";

    static int DayNumber(string d)
    {
        switch (d)
        {
            case "monday": return 1;
            case "tuesday": return 2;
            case "wednesday": return 3;
            case "thursday": return 4;
            case "friday": return 5;
            case "saturday": return 6;
            case "sunday": return 7;
            case "": return 0;
            case null: return -1;
            default: return -2;
        }
    }

    static string Kind(string cmd) => cmd switch
    {
        "add" or "sub" or "mul" or "div" => "arith",
        "and" or "or" or "xor" or "not" => "logic",
        "jmp" or "call" or "ret" => "flow",
        "nop" => "none",
        null => "null",
        { Length: > 5 } => "long",
        _ => "unknown",
    };

    static int Main()
    {
        if (DayNumber(s_pre + "day") != 1 || DayNumber("sunday") != 7 || DayNumber("Sunday") != -2) return 1;
        if (DayNumber("") != 0 || DayNumber(null) != -1 || DayNumber("mondayy") != -2) return 2;
        int sum = 0;
        string[] days = { "friday", "saturday", "thursday", "wednesday", "tuesday" };
        foreach (string d in days) sum += DayNumber(d);
        if (sum != 20) return 3;
        string[] cmds = { "add", "xor", "ret", "nop", null, "whatever", "mov", "x" + "or" };
        string result = "";
        foreach (string c in cmds) result = result + Kind(c) + ";";
        if (result != "arith;logic;flow;none;null;long;unknown;logic;") return 4;
        return 100;
    }
}
