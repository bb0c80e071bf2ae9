// Checks static fields shared by all instances next to per-instance fields: an instance counter, ids handed out by a static, a static reference to the last instance, and static fields of two classes kept apart.
class Ticket
{
    public static int Issued;
    public static Ticket Last;
    public static long TotalPrice;

    public int Id;
    public int Price;

    public Ticket(int price)
    {
        Issued++;
        Id = Issued;
        Price = price;
        TotalPrice += price;
        Last = this;
    }
}

class Voucher
{
    public static int Issued;
    public int Id;

    public Voucher()
    {
        Id = 1000 + Issued++;
    }
}

static class Program
{
    static int s_base = 10;

    static int Main()
    {
        if (Ticket.Issued != 0 || Ticket.Last != null) return 1;
        Ticket[] tickets = new Ticket[8];
        for (int i = 0; i < tickets.Length; i++)
            tickets[i] = new Ticket(s_base * (i + 1));
        if (Ticket.Issued != 8) return 2;
        for (int i = 0; i < tickets.Length; i++)
            if (tickets[i].Id != i + 1 || tickets[i].Price != 10 * (i + 1)) return 3;
        if (Ticket.Last != tickets[7]) return 4;
        if (Ticket.TotalPrice != 360) return 5;
        Voucher v1 = new Voucher();
        Voucher v2 = new Voucher();
        if (v1.Id != 1000 || v2.Id != 1001 || Voucher.Issued != 2) return 6;
        if (Ticket.Issued != 8) return 7;
        Ticket.Issued = 100;
        Ticket t = new Ticket(1);
        if (t.Id != 101 || tickets[0].Id != 1) return 8;
        tickets[3].Price = -5;
        if (tickets[2].Price != 30 || tickets[3].Price != -5) return 9;
        Ticket.Last.Price = 77;
        if (t.Price != 77) return 10;
        return 100;
    }
}
