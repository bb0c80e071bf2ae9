// System.Native's file-descriptor calls, for a host with standard output and standard error and no file system.
//
// Console on browser-wasm opens its streams as `dup(1)` and `dup(2)` (ConsolePal.WebAssembly: a SafeFileHandle
// per stream, closed when the stream is disposed) and writes with SystemNative_Write. A descriptor here names one
// of the host's three standard streams; dup gives the lowest free number naming the same stream, as POSIX's does.
// Writes to 1 and 2 go to the host's `write` import (Node's process.stdout/stderr, the page's console in a browser)
// whole: the host never writes part of a buffer. There is no file system, so a path names no file (ENOENT), the
// working directory is "/", and the standard streams are character devices that cannot seek, be truncated, or be
// read (the host gives no standard input).

namespace WasmR2R.Runtime
{
    internal static unsafe class FileDescriptors
    {
        private const int StandardInput = 0;
        private const int Closed = -1;
        private const int Capacity = 1024;

        /// <summary>The standard stream (0, 1, 2) each open descriptor names, or Closed; made on first use.</summary>
        private static int[] s_streams;

        private static int[] Streams()
        {
            if (s_streams == null)
            {
                int[] streams = new int[Capacity];
                for (int fd = 0; fd < Capacity; fd++)
                    streams[fd] = fd <= 2 ? fd : Closed;
                s_streams = streams;
            }
            return s_streams;
        }

        private static int StreamOf(nint fd) => fd >= 0 && fd < Capacity ? Streams()[(int)fd] : Closed;

        [Implements("libSystem.Native", "SystemNative_Dup")]
        public static nint Dup(nint oldFd)
        {
            int stream = StreamOf(oldFd);
            if (stream == Closed)
                return Errno.Fail(Errno.EBADF);
            int[] streams = Streams();
            for (int fd = 0; fd < Capacity; fd++)
            {
                if (streams[fd] == Closed)
                {
                    streams[fd] = stream;
                    return fd;
                }
            }
            return Errno.Fail(Errno.EMFILE);
        }

        [Implements("libSystem.Native", "SystemNative_Close")]
        public static int Close(nint fd)
        {
            if (StreamOf(fd) == Closed)
                return Errno.Fail(Errno.EBADF);
            Streams()[(int)fd] = Closed;
            return 0;
        }

        /// <summary>write(2): the whole buffer, or -1 with EBADF for a closed descriptor or standard input (not open
        /// for writing).</summary>
        [Implements("libSystem.Native", "SystemNative_Write")]
        public static int Write(nint fd, byte* buffer, int bufferSize)
        {
            int stream = StreamOf(fd);
            if (stream == Closed || stream == StandardInput)
                return Errno.Fail(Errno.EBADF);
            if (bufferSize < 0)
                return Errno.Fail(Errno.EINVAL);
            if (bufferSize > 0)
                Host.Write(stream, buffer, bufferSize);
            return bufferSize;
        }

        /// <summary>flock(2): no other process shares the descriptors, so a lock is always granted.</summary>
        [Implements("libSystem.Native", "SystemNative_FLock")]
        public static int FLock(nint fd, int operation) => StreamOf(fd) == Closed ? Errno.Fail(Errno.EBADF) : 0;

        /// <summary>unlink(2), open(2), stat(2), lstat(2), readlink(2): there is no file system, so no path names
        /// a file.</summary>
        [Implements("libSystem.Native", "SystemNative_Unlink")]
        public static int Unlink(byte* path) => Errno.Fail(Errno.ENOENT);

        [Implements("libSystem.Native", "SystemNative_Open")]
        public static nint Open(byte* path, int flags, int mode) => Errno.Fail(Errno.ENOENT);

        [Implements("libSystem.Native", "SystemNative_Stat")]
        [Implements("libSystem.Native", "SystemNative_LStat")]
        public static int Stat(byte* path, void* status) => Errno.Fail(Errno.ENOENT);

        [Implements("libSystem.Native", "SystemNative_ReadLink")]
        public static int ReadLink(byte* path, byte* buffer, int bufferSize) => Errno.Fail(Errno.ENOENT);

        /// <summary>opendir(3): no directory exists; readdir and closedir are given no directory to read.</summary>
        [Implements("libSystem.Native", "SystemNative_OpenDir")]
        public static void* OpenDir(byte* path)
        {
            Errno.Fail(Errno.ENOENT);
            return null;
        }

        [Implements("libSystem.Native", "SystemNative_ReadDir")]
        public static int ReadDir(void* directory, void* entry) => Errno.EBADF;

        [Implements("libSystem.Native", "SystemNative_CloseDir")]
        public static int CloseDir(void* directory) => Errno.Fail(Errno.EBADF);

        /// <summary>getcwd(3): the root, the only directory there is.</summary>
        [Implements("libSystem.Native", "SystemNative_GetCwd")]
        public static byte* GetCwd(byte* buffer, int size)
        {
            if (size < 2)
            {
                Errno.Fail(Errno.ERANGE);
                return null;
            }
            buffer[0] = (byte)'/';
            buffer[1] = 0;
            return buffer;
        }

        /// <summary>fstat(2) of a standard stream: a character device (FileStatus: flags, mode, ...; the rest 0).</summary>
        [Implements("libSystem.Native", "SystemNative_FStat")]
        public static int FStat(nint fd, int* status)
        {
            if (StreamOf(fd) == Closed)
                return Errno.Fail(Errno.EBADF);
            // FileStatus (pal_io.h) begins {int32 Flags; int32 Mode; ...}; Mode's S_IFCHR is 0x2000. Its size varies
            // between releases (112 or 120 bytes); the first 112 are written, the caller's struct was zeroed.
            for (int i = 0; i < FileStatusWords; i++)
                status[i] = 0;
            status[1] = CharacterDevice | 0x1B6; // rw-rw-rw-
            return 0;
        }

        /// <summary>The standard streams cannot seek (lseek, posix_fadvise: ESPIPE), be resized (ftruncate,
        /// fallocate: EINVAL) or be read (no standard input: EBADF).</summary>
        [Implements("libSystem.Native", "SystemNative_LSeek")]
        public static long LSeek(nint fd, long offset, int whence) =>
            Errno.Fail(StreamOf(fd) == Closed ? Errno.EBADF : Errno.ESPIPE);

        [Implements("libSystem.Native", "SystemNative_PosixFAdvise")]
        public static int PosixFAdvise(nint fd, long offset, long length, int advice) =>
            StreamOf(fd) == Closed ? Errno.EBADF : Errno.ESPIPE;

        [Implements("libSystem.Native", "SystemNative_FTruncate")]
        public static int FTruncate(nint fd, long length) =>
            Errno.Fail(StreamOf(fd) == Closed ? Errno.EBADF : Errno.EINVAL);

        [Implements("libSystem.Native", "SystemNative_FAllocate")]
        public static int FAllocate(nint fd, long offset, long length) =>
            Errno.Fail(StreamOf(fd) == Closed ? Errno.EBADF : Errno.EINVAL);

        [Implements("libSystem.Native", "SystemNative_Read")]
        public static int Read(nint fd, byte* buffer, int bufferSize) => Errno.Fail(Errno.EBADF);

        [Implements("libSystem.Native", "SystemNative_PRead")]
        public static int PRead(nint fd, byte* buffer, int bufferSize, long offset) =>
            Errno.Fail(StreamOf(fd) == Closed ? Errno.EBADF : Errno.ESPIPE);

        /// <summary>The file system type of a descriptor's file (statfs's f_type): 0, none known.</summary>
        [Implements("libSystem.Native", "SystemNative_GetFileSystemType")]
        public static uint GetFileSystemType(nint fd)
        {
            if (StreamOf(fd) == Closed)
                Errno.Fail(Errno.EBADF);
            return 0;
        }

        /// <summary>Whether files can carry a "hidden" flag (BSD's chflags): not here.</summary>
        [Implements("libSystem.Native", "SystemNative_CanGetHiddenFlag")]
        [Implements("libSystem.Native", "SystemNative_LChflagsCanSetHiddenFlag")]
        public static int CanGetHiddenFlag() => 0;

        private const int CharacterDevice = 0x2000;
        private const int FileStatusWords = 28;
    }
}
