// Expects an unhandled System.NullReferenceException from writing a long field of a null object (the store must not happen silently); returns 100 only if nothing is thrown.
class Account
{
    public long Balance;
}

static class Program
{
    static Account[] s_accounts = new Account[4];
    static int s_index = 2;

    static int Main()
    {
        s_accounts[0] = new Account();
        s_accounts[0].Balance = 10;
        if (s_accounts[0].Balance != 10 || s_accounts[s_index] != null) return 1;
        s_accounts[s_index].Balance = 1L << 40;
        return 100;
    }
}
