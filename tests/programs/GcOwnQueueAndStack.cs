// A hand-written ring-buffer queue (growing by copying, wrapping around) and a linked stack hold references while
// items stream through them for a long time with garbage made between operations; items must come out in FIFO and
// LIFO order with their contents intact, including after the queue has wrapped and grown several times.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class MyQueue<T>
    {
        private T[] _ring = new T[4];
        private int _head;
        private int _count;

        public int Count => _count;

        public void Enqueue(T item)
        {
            if (_count == _ring.Length)
            {
                T[] bigger = new T[_ring.Length * 2];
                for (int i = 0; i < _count; i++)
                    bigger[i] = _ring[(_head + i) % _ring.Length];
                _ring = bigger;
                _head = 0;
            }
            _ring[(_head + _count) % _ring.Length] = item;
            _count++;
        }

        public T Dequeue()
        {
            if (_count == 0)
                throw new InvalidOperationException();
            T item = _ring[_head];
            _ring[_head] = default;
            _head = (_head + 1) % _ring.Length;
            _count--;
            return item;
        }

        public T Peek(int i) => _ring[(_head + i) % _ring.Length];
    }

    sealed class MyStack<T>
    {
        sealed class Cell
        {
            public T Item;
            public Cell Below;
        }

        private Cell _top;
        private int _count;

        public int Count => _count;

        public void Push(T item)
        {
            _top = new Cell { Item = item, Below = _top };
            _count++;
        }

        public T Pop()
        {
            if (_top == null)
                throw new InvalidOperationException();
            T item = _top.Item;
            _top = _top.Below;
            _count--;
            return item;
        }
    }

    sealed class Message
    {
        public long Sequence;
        public string Body;
        public int[] Attachment;
    }

    struct Job
    {
        public int Id;
        public Message Message;
    }

    static int s_ops = 16_000;
    static string[] s_bodies = { "hello", "world", "queue", "stack" };

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Churn(int n)
    {
        long s = 0;
        for (int i = 0; i < n; i++)
        {
            Message g = new Message { Sequence = i };
            s += g.Sequence;
        }
        long[] big = new long[9000];
        return s + big.Length;
    }

    static Message MakeMessage(long seq) => new Message { Sequence = seq, Body = s_bodies[seq & 3], Attachment = (seq % 5 == 0) ? new int[] { (int)seq } : null };

    static bool MessageOk(Message m, long seq) =>
        m != null && m.Sequence == seq && m.Body == s_bodies[seq & 3] && ((seq % 5 == 0) ? (m.Attachment != null && m.Attachment[0] == (int)seq) : m.Attachment == null);

    static int Main()
    {
        MyQueue<Message> queue = new MyQueue<Message>();
        MyQueue<Job> jobs = new MyQueue<Job>();
        MyStack<Message> stack = new MyStack<Message>();
        MyStack<string> words = new MyStack<string>();
        long nextIn = 0, nextOut = 0;
        long total = 0;
        uint state = 1;
        for (int op = 0; op < s_ops; op++)
        {
            state = state * 1103515245 + 12345;
            uint r = (state >> 16) % 10;
            // Grow and shrink in waves so that the ring wraps and grows several times.
            bool growing = (op / 2000) % 2 == 0;
            if (r < (growing ? 7u : 3u) || queue.Count == 0)
            {
                queue.Enqueue(MakeMessage(nextIn));
                jobs.Enqueue(new Job { Id = (int)nextIn, Message = MakeMessage(-nextIn - 1) });
                nextIn++;
            }
            else
            {
                Message m = queue.Dequeue();
                Job j = jobs.Dequeue();
                if (!MessageOk(m, nextOut))
                    return 1;
                if (j.Id != (int)nextOut || !MessageOk(j.Message, -nextOut - 1))
                    return 2;
                nextOut++;
                if (m.Sequence % 3 == 0)
                    stack.Push(m);
            }
            if (op % 8 == 0)
                words.Push(string.Concat(s_bodies[op % 4], (op % 2 == 0) ? "!" : "?"));
            if (op % 4 == 0)
                total += Churn(6);
        }
        if (queue.Count != nextIn - nextOut || jobs.Count != queue.Count)
            return 3;
        for (int i = 0; i < queue.Count; i++)
        {
            if (!MessageOk(queue.Peek(i), nextOut + i))
                return 4;
        }
        long last = long.MaxValue;
        int popped = 0;
        while (stack.Count > 0)
        {
            Message m = stack.Pop();
            if (m.Sequence >= last || m.Sequence % 3 != 0 || !MessageOk(m, m.Sequence))
                return 5;
            last = m.Sequence;
            popped++;
        }
        if (popped != (nextOut + 2) / 3)
            return 6;
        for (int op = (s_ops - 1) / 8 * 8; op >= 0; op -= 8)
        {
            string w = words.Pop();
            if (w != string.Concat(s_bodies[op % 4], (op % 2 == 0) ? "!" : "?"))
                return 7;
        }
        if (words.Count != 0)
            return 8;
        try
        {
            words.Pop();
            return 9;
        }
        catch (InvalidOperationException)
        {
        }
        return total > 0 ? 100 : 10;
    }
}
