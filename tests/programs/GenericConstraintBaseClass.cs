// Checks a base-class constraint: generic code calls virtual methods and reads fields of T through the constraint, returns T without casts, and is instantiated over the base and several derived classes.
abstract class Employee
{
    public string Name;
    public int Salary;
    protected Employee(string n, int s) { Name = n; Salary = s; }
    public virtual int Bonus() { return Salary / 10; }
}

class Engineer : Employee
{
    public Engineer(string n, int s) : base(n, s) { }
    public override int Bonus() { return Salary / 5; }
}

class Manager : Employee
{
    public int Reports;
    public Manager(string n, int s, int r) : base(n, s) { Reports = r; }
    public override int Bonus() { return base.Bonus() + Reports * 100; }
}

class Intern : Employee
{
    public Intern(string n) : base(n, 1000) { }
}

static class Payroll<T> where T : Employee
{
    public static int Total(T[] staff)
    {
        int t = 0;
        foreach (T e in staff) t += e.Salary + e.Bonus();
        return t;
    }

    public static T Best(T[] staff)
    {
        T best = staff[0];
        for (int i = 1; i < staff.Length; i++) if (staff[i].Bonus() > best.Bonus()) best = staff[i];
        return best;
    }

    public static void Raise(T[] staff, int percent)
    {
        for (int i = 0; i < staff.Length; i++) staff[i].Salary += staff[i].Salary * percent / 100;
    }
}

static class Program
{
    static int s_base = 5000;

    static int Main()
    {
        Engineer[] engs = { new Engineer("e1", s_base), new Engineer("e2", s_base * 2) };
        if (Payroll<Engineer>.Total(engs) != 18000) return 1;
        Engineer top = Payroll<Engineer>.Best(engs);
        if (top.Name != "e2") return 2;
        Manager[] ms = { new Manager("m1", s_base, 3), new Manager("m2", s_base, 1) };
        if (Payroll<Manager>.Best(ms).Reports != 3) return 3;
        if (Payroll<Manager>.Total(ms) != 10000 + 500 + 300 + 500 + 100) return 4;
        Employee[] all = { engs[0], ms[0], new Intern("i") };
        Payroll<Employee>.Raise(all, 10);
        if (engs[0].Salary != 5500 || ms[0].Salary != 5500 || all[2].Salary != 1100) return 5;
        if (Payroll<Employee>.Total(all) != 5500 + 1100 + 5500 + 550 + 300 + 1100 + 110) return 6;
        if (Payroll<Employee>.Best(all) != engs[0]) return 7;
        return 100;
    }
}
