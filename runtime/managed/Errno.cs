// errno and the last P/Invoke error, as System.Native and Marshal keep them.
//
// System.Native's functions report failure in the C library's `errno`, which CoreLib reads right after the call
// (LibraryImport's SetLastError: Marshal.SetLastSystemError(0) before, GetLastSystemError after, then
// SetLastPInvokeError) and converts to its PAL error codes (Interop.Error) to build an exception. This runtime's
// "C library" is the runtime itself, so it picks its errno numbering: the PAL codes themselves (pal_error_common.h:
// 0x10001 E2BIG ... 0x1FFFF ENONSTANDARD). Both conversions are then the identity for codes the PAL names, and
// the messages come from one table here. One thread, so one errno.

namespace WasmR2R.Runtime
{
    internal static unsafe class Errno
    {
        // The PAL's codes this runtime reports (pal_error_common.h).
        public const int EBADF = 0x10008;
        public const int EINVAL = 0x1001C;
        public const int EMFILE = 0x10021;
        public const int ENOENT = 0x1002D;
        public const int ENOSYS = 0x10037;
        public const int ENOTSUP = 0x1003D;
        public const int EPIPE = 0x10043;
        public const int ERANGE = 0x10047;
        public const int ESPIPE = 0x10049;
        public const int ENONSTANDARD = 0x1FFFF;

        private static int s_errno;
        private static int s_lastPInvokeError;

        [Implements("libSystem.Native", "SystemNative_GetErrNo")]
        public static int GetErrNo() => s_errno;

        [Implements("libSystem.Native", "SystemNative_SetErrNo")]
        public static void SetErrNo(int value) => s_errno = value;

        /// <summary>Fails a System.Native call the C way: errno set, -1 returned.</summary>
        public static int Fail(int error)
        {
            s_errno = error;
            return -1;
        }

        [Implements("System.Runtime.InteropServices.Marshal", "GetLastPInvokeError")]
        public static int GetLastPInvokeError() => s_lastPInvokeError;

        [Implements("System.Runtime.InteropServices.Marshal", "SetLastPInvokeError")]
        public static void SetLastPInvokeError(int error) => s_lastPInvokeError = error;

        /// <summary>The runtime's errno values are the PAL's codes; any other value is not one the PAL names.</summary>
        [Implements("libSystem.Native", "SystemNative_ConvertErrorPlatformToPal")]
        public static int PlatformToPal(int platformErrno) =>
            platformErrno == 0 || IsPalCode(platformErrno) ? platformErrno : ENONSTANDARD;

        [Implements("libSystem.Native", "SystemNative_ConvertErrorPalToPlatform")]
        public static int PalToPlatform(int error) => error;

        private static bool IsPalCode(int value) =>
            (value > 0x10000 && value <= 0x10071) || value == 0x20001 || value == 0x20002 || value == ENONSTANDARD;

        /// <summary>
        /// strerror_r: the message for `platformErrno`, written into `buffer` (NUL-terminated) and returned, or null
        /// with as much as fits when the buffer is too small. Messages are the C library's (glibc's wording) for the
        /// errors this runtime reports; any other number is "Unknown error N", as glibc says.
        /// </summary>
        [Implements("libSystem.Native", "SystemNative_StrErrorR")]
        public static byte* StrErrorR(int platformErrno, byte* buffer, int bufferSize)
        {
            if (buffer == null || bufferSize <= 0)
                return null;
            string message = Message(platformErrno);
            // "Unknown error N": the number is written here, so that the runtime does not pull in number formatting.
            char* digits = stackalloc char[11];
            int digitCount = 0;
            if (message == null)
            {
                message = "Unknown error ";
                uint magnitude = platformErrno < 0 ? (uint)-(long)platformErrno : (uint)platformErrno;
                do
                {
                    digits[10 - digitCount++] = (char)('0' + magnitude % 10);
                    magnitude /= 10;
                } while (magnitude != 0);
                if (platformErrno < 0)
                    digits[10 - digitCount++] = '-';
            }
            int length = message.Length + digitCount;
            int copied = length < bufferSize - 1 ? length : bufferSize - 1;
            for (int i = 0; i < copied; i++)
                buffer[i] = (byte)(i < message.Length ? message[i] : digits[11 - digitCount + i - message.Length]); // ASCII
            buffer[copied] = 0;
            return copied == length ? buffer : null;
        }

        private static string Message(int error) => error switch
        {
            0 => "Success",
            EBADF => "Bad file descriptor",
            EINVAL => "Invalid argument",
            EMFILE => "Too many open files",
            ENOENT => "No such file or directory",
            ENOSYS => "Function not implemented",
            ENOTSUP => "Operation not supported",
            EPIPE => "Broken pipe",
            ERANGE => "Numerical result out of range",
            ESPIPE => "Illegal seek",
            _ => null,
        };
    }
}
