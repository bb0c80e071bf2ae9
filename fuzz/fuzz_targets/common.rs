//! What every fuzz target shares.

use std::ptr;

/// Lets libFuzzer catch stack overflows without a sanitizer. libFuzzer's `main` runs instead of Rust's, so
/// nothing sets up an alternate signal stack and libFuzzer's SIGSEGV handler would overflow the exhausted
/// stack itself: the process dies with no crash artifact. libFuzzer keeps `SA_ONSTACK` from whatever
/// SIGSEGV disposition it finds, so give the thread an alternate stack and leave SIGSEGV at its default
/// action with `SA_ONSTACK` set; libFuzzer then installs its handler on top and reports the overflow as a
/// deadly signal, saving the input under `artifacts/`.
pub fn handle_stack_overflow_on_alternate_stack() {
    const SIZE: usize = 1 << 20;
    let stack: &'static mut [u8] = Box::leak(vec![0u8; SIZE].into_boxed_slice());
    // SAFETY: plain libc calls with valid arguments; the stack is leaked, so it outlives the process's use.
    unsafe {
        let alt = libc::stack_t { ss_sp: stack.as_mut_ptr().cast(), ss_flags: 0, ss_size: SIZE };
        if libc::sigaltstack(&alt, ptr::null_mut()) != 0 {
            return;
        }
        for signal in [libc::SIGSEGV, libc::SIGBUS] {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = libc::SIG_DFL;
            action.sa_flags = libc::SA_ONSTACK;
            libc::sigaction(signal, &action, ptr::null_mut());
        }
    }
}

