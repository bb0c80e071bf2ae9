// Checks enums stored in arrays, struct and class fields and generic containers: zero defaults, histogram indexing by enum value, enum comparison operators and arithmetic with integers.
enum Suit : byte { Clubs, Diamonds, Hearts, Spades }
enum Rank { Two = 2, Three, Four, Five, Six, Seven, Eight, Nine, Ten, Jack, Queen, King, Ace }

struct Card
{
    public Suit Suit;
    public Rank Rank;
    public Card(Suit s, Rank r) { Suit = s; Rank = r; }
}

class Holder<T> { public T Value; }

static class Program
{
    static int s_seed = 7;

    static int Main()
    {
        Card[] deck = new Card[52];
        int k = 0;
        for (Suit s = Suit.Clubs; s <= Suit.Spades; s++)
            for (Rank r = Rank.Two; r <= Rank.Ace; r++)
                deck[k++] = new Card(s, r);
        if (k != 52 || deck[51].Suit != Suit.Spades || deck[51].Rank != Rank.Ace || deck[13].Rank != Rank.Two) return 1;
        int[] perSuit = new int[4];
        int points = 0;
        for (int i = 0; i < 52; i += s_seed)
        {
            perSuit[(int)deck[i].Suit]++;
            if (deck[i].Rank > Rank.Ten) points += deck[i].Rank - Rank.Ten;
        }
        if (perSuit[0] != 2 || perSuit[1] != 2 || perSuit[2] != 2 || perSuit[3] != 2) return 2;
        if (points != 3) return 3;
        Suit[] suits = new Suit[3];
        Rank[] ranks = new Rank[3];
        if (suits[2] != Suit.Clubs || (int)ranks[1] != 0) return 4;
        Holder<Rank> h = new Holder<Rank>();
        h.Value = Rank.Queen;
        h.Value += 2;
        if (h.Value != Rank.Ace || h.Value - Rank.Two != 12) return 5;
        Holder<Suit> hs = new Holder<Suit>();
        if (hs.Value != Suit.Clubs) return 6;
        Rank low = (Rank)s_seed;
        if (low != Rank.Seven || !(low < Rank.Eight) || low >= Rank.Seven + 1) return 7;
        return 100;
    }
}
