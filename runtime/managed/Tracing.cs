// NativeRuntimeEventSource's internal calls: CoreLib hands runtime events (a wait starting and ending, ...) to
// the runtime's EventPipe. This runtime has no EventPipe, as Mono's browser-wasm runtime built without perftracing
// has none: with no session to write to, an event is dropped, which is what Mono's runtime then does too.

namespace WasmR2R.Runtime
{
    internal static class Tracing
    {
        [Implements("System.Diagnostics.Tracing.NativeRuntimeEventSource", "LogWaitHandleWaitStart")]
        public static void LogWaitHandleWaitStart(byte waitSource, System.IntPtr associatedObjectId, ushort clrInstanceId)
        {
        }

        [Implements("System.Diagnostics.Tracing.NativeRuntimeEventSource", "LogWaitHandleWaitStop")]
        public static void LogWaitHandleWaitStop(ushort clrInstanceId)
        {
        }
    }
}
