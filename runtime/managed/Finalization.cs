// Finalization: objects of types with a finalizer (MethodTable.HasFinalizer) are registered when allocated. A
// collection that finds a registered object unreachable moves it to the ready queue and marks it (and what it
// references) alive, so that its finalizer can run; the next collection after that frees it, unless the finalizer
// stored it somewhere or registered it again. Finalizers run one after another on the one thread, at a safe point:
// before an allocation takes the slow path, and in GC.WaitForPendingFinalizers. The registry is not a root; the
// ready queue is.

namespace WasmR2R.Runtime
{
    internal static unsafe class Finalization
    {
        private static AddressList s_registered;
        private static AddressList s_ready;
        private static bool s_running;

        public static bool Pending => s_ready.Count != 0;

        public static void Register(object o) => s_registered.Add((uint)Wasm.AddressOf(o));

        [Implements("System.GC", "_SuppressFinalize")]
        public static void Suppress(object o) => s_registered.Remove((uint)Wasm.AddressOf(o));

        [Implements("System.GC", "_ReRegisterForFinalize")]
        public static void ReRegister(object o)
        {
            uint address = (uint)Wasm.AddressOf(o);
            if ((((MethodTable*)*(uint*)address)->Flags & MethodTable.HasFinalizer) == 0)
                return;
            s_registered.Remove(address);
            s_registered.Add(address);
        }

        /// <summary>Marks the objects waiting for their finalizers (roots).</summary>
        public static void MarkReady(delegate*<uint, void> mark)
        {
            for (uint i = 0; i < s_ready.Count; i++)
                mark(s_ready.Items[i]);
        }

        /// <summary>After marking: moves the registered objects left unmarked to the ready queue and marks them;
        /// true when there were some (what they reference must then be marked too).</summary>
        public static bool QueueUnreachable(delegate*<uint, void> mark)
        {
            bool queued = false;
            for (uint i = s_registered.Count; i-- > 0;)
            {
                byte* o = (byte*)s_registered.Items[i];
                if (Heap.IsMarked(o))
                    continue;
                s_registered.Items[i] = s_registered.Items[--s_registered.Count];
                s_ready.Add((uint)o);
                mark((uint)o);
                queued = true;
            }
            return queued;
        }

        /// <summary>Runs the finalizers of the ready objects, oldest first (not re-entered by a finalizer that
        /// allocates). An exception a finalizer throws ends the process, as on CoreCLR.</summary>
        [Implements("System.GC", "WaitForPendingFinalizers")]
        public static void RunPending()
        {
            if (s_running)
                return;
            s_running = true;
            uint next = 0;
            while (next < s_ready.Count)
            {
                object o = Wasm.ObjectAt((void*)s_ready.Items[next++]);
                MethodTable* mt = *(MethodTable**)Wasm.AddressOf(o);
                uint finalizer = MethodTable.VTable(mt)[Wasm.FinalizeSlot()];
                try
                {
                    if (finalizer != 0)
                        ((delegate*<object, void>)finalizer)(o);
                }
                catch (System.Exception e)
                {
                    ThrowHelpers.ReportUnhandled(e);
                }
            }
            s_ready.Count = 0;
            s_running = false;
        }
    }
}
