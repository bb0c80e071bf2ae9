// Exception.StackTrace: the methods an exception was thrown through, from the throw to the method that catches it,
// innermost first, as CoreCLR lists them ("   at Namespace.Type.Method" per line; an image has no parameter lists
// or source lines to add).
//
// Only the engine knows a Wasm call stack, so the host captures it (`captureTrace`, V8's structured stack trace)
// when a throw's first pass has found its handler — before anything unwinds, so every frame from the throw to the
// handler is still there — unless that handler cannot see the trace (the compiler marks a catch that drops the
// exception or only reads its fields: import/handlers.rs, handler_ignores_trace) — and returns an id the runtime
// keeps in the exception (Mono's layout has an unused int,
// `_unused4`). The frames are named only when StackTrace is read (`traceLength`, `traceCopy`): the capture is the
// cost every throw pays (about 5 µs in Node 20), the text only the exceptions that are printed. The host keeps the
// 4,096 most recent captures; the trace of an exception thrown more than that many throws before it is read is
// gone, and StackTrace then says so. A `throw` starts a new trace (also of an exception thrown before); a `rethrow`
// continues the one it has (the host joins the two captures, the rethrowing method once). CoreLib's own
// System.Diagnostics.StackTrace (frames as MethodBase objects, from reflection) is not what this answers.

using System;
using System.Runtime.CompilerServices;

namespace WasmR2R.Runtime
{
    internal static unsafe class StackTraces
    {
        /// <summary>Records where `exception` is thrown — a new trace, or for a rethrow the trace it had followed by
        /// the frames from the rethrowing method on; `handler` is the frame that will catch it (null when nothing
        /// does: the trace then runs to the entry point).</summary>
        public static void Capture(Exception exception, HandlerFrame* handler, bool rethrow)
        {
            int stop = handler == null ? -1 : (int)(nint)(void*)handler->PassOne;
            TraceId(exception) = Host.CaptureTrace(stop, rethrow ? TraceId(exception) : 0);
        }

        /// <summary>Exception.StackTrace: the trace set by ExceptionDispatchInfo or serialization if there is one,
        /// else the captured one; null for an exception never thrown. A remote trace (from a rethrow through
        /// ExceptionDispatchInfo) comes first, as in CoreLib's own getter.</summary>
        [Replaces("System.Exception", "get_StackTrace")]
        public static string StackTrace(Exception exception)
        {
            string remote = RemoteStackTraceString(exception);
            string set = StackTraceString(exception);
            if (set != null)
                return remote + set;
            int id = TraceId(exception);
            if (id == 0)
                return remote;
            int length = Host.TraceLength(id);
            if (length < 0)
                return remote + "   (the stack trace of this exception is no longer kept: more than 4096 exceptions were thrown after it)";
            string text = new string('\0', length);
            fixed (char* chars = text)
                Host.TraceCopy(id, chars);
            return remote + text;
        }

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_unused4")]
        private static extern ref int TraceId(Exception exception);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_stackTraceString")]
        private static extern ref string StackTraceString(Exception exception);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_remoteStackTraceString")]
        private static extern ref string RemoteStackTraceString(Exception exception);
    }
}
