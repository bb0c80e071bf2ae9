// The first pass of exception dispatch (ECMA-335 I.12.4.2.5; docs/abi.md, "Two passes"). Every compiled method
// with a catch or filter clause keeps a HandlerFrame at the base of its shadow frame and links it into a list while
// it runs (Enter on entry, Leave on the way out, Landed when an exception lands in it). A throw first walks that
// list from the innermost frame out, asking each frame's pass-one function whether one of the clauses around the
// frame's current region takes the exception (catch types are tested, filters run), before anything unwinds. The
// frame that takes it records which clause in Chosen; every frame passed records -1. Only then is the exception
// thrown with Wasm's `throw`: each frame on the way runs its finally and fault blocks (the second pass), and the
// frame whose Chosen names a clause enters that handler. With no frame taking it, the process ends at once, with
// no finally run, as on CoreCLR.

using System;

namespace WasmR2R.Runtime
{
    /// <summary>The record at offset 0 of the shadow frame of a method with catch or filter clauses
    /// (native/compiler/src/abi.rs, handler_frame, gives the same offsets).</summary>
    // Region is written by compiled code only.
#pragma warning disable CS0649
    internal unsafe struct HandlerFrame
    {
        /// <summary>The next frame out, or null.</summary>
        public HandlerFrame* Prev;
        /// <summary>Where a throw from the method's running block starts its handler search (compiled code stores
        /// it before every block that may throw; 0 is the method's entry, outside every try).</summary>
        public int Region;
        /// <summary>The method's pass-one function: (frame, exception, entry) → the clause that takes the
        /// exception, or -1.</summary>
        public delegate*<HandlerFrame*, object, int, int> PassOne;
        /// <summary>The clause this frame enters for the exception being dispatched, or -1.</summary>
        public int Chosen;
        /// <summary>Where the pass-one function goes on when the filter it is running throws.</summary>
        public int Resume;
    }
#pragma warning restore CS0649

    internal static unsafe class ExceptionDispatch
    {
        /// <summary>The innermost running method with catch or filter clauses.</summary>
        private static HandlerFrame* s_top;

        /// <summary>Links a frame in. Region needs no start value: every block that may throw stores its own
        /// first, and the first pass reads only frames stopped at a throw or a call.</summary>
        public static void Enter(HandlerFrame* frame, delegate*<HandlerFrame*, object, int, int> passOne)
        {
            frame->Prev = s_top;
            frame->PassOne = passOne;
            s_top = frame;
        }

        public static void Leave(HandlerFrame* frame) => s_top = frame->Prev;

        /// <summary>An exception landed in this frame: the frames inside it are gone.</summary>
        public static void Landed(HandlerFrame* frame) => s_top = frame;

        /// <summary>Throws `exception` after the first pass found the frame and clause that take it; with none,
        /// reports it as unhandled and ends the process. Its stack trace is captured anew from here (a `throw`,
        /// as on CoreCLR), or, for a `rethrow`, extended from here.</summary>
        public static void Raise(object exception, bool rethrow = false)
        {
            HandlerFrame* handler = FindHandler(exception, out bool traceSeen);
            if (traceSeen && exception is Exception e)
                StackTraces.Capture(e, handler, rethrow);
            if (handler == null)
                ThrowHelpers.ReportUnhandled(exception);
            Wasm.Throw(exception);
        }

        /// <summary>A pass-one function's answer has this bit set when the clause's handler cannot see the
        /// exception's stack trace (abi.rs, handler_frame::NO_TRACE).</summary>
        public const int NoTrace = 0x40000000;

        /// <summary>The frame that takes the exception, or null; `traceSeen` is false when its handler cannot see
        /// the stack trace.</summary>
        private static HandlerFrame* FindHandler(object exception, out bool traceSeen)
        {
            traceSeen = true;
            for (HandlerFrame* frame = s_top; frame != null; frame = frame->Prev)
            {
                frame->Chosen = -1;
                int entry = frame->Region;
                while (true)
                {
                    frame->Resume = -1;
                    bool threw;
                    int clause = RunPassOne(frame, exception, entry, out threw);
                    if (!threw)
                    {
                        if (clause < 0)
                            break;
                        frame->Chosen = clause & ~NoTrace;
                        traceSeen = (clause & NoTrace) == 0;
                        return frame;
                    }
                    // A filter that throws says no (I.12.4.2.5); the search goes on with the clauses outside it.
                    if (frame->Resume < 0)
                        break;
                    entry = frame->Resume;
                }
            }
            return null;
        }

        /// <summary>Runs a frame's pass-one function. An exception a filter throws stops at this method's catch:
        /// the nested search finds this frame, since it is linked in while the filter runs.</summary>
        private static int RunPassOne(HandlerFrame* frame, object exception, int entry, out bool threw)
        {
            threw = false;
            try
            {
                return frame->PassOne(frame, exception, entry);
            }
            catch
            {
                threw = true;
                return -1;
            }
        }
    }
}
