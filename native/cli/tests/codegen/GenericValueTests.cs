// Generic code instantiated over value types, as CoreLib's collections are: what the JIT folds must fold here too.
using System;
using System.Collections.Generic;

static class Program
{
    // `box T; brtrue` of a value type is known true: neither an allocation nor a branch is left.
    static bool IsNull<T>(T value) => value == null;

    // `box T; isinst I; ldnull; cgt.un`, decided from the types (double implements IComparable, not IDisposable).
    static bool IsComparable<T>(T value) => value is IComparable;
    static bool IsDisposable<T>(T value) => value is IDisposable;

    // EqualityComparer<T>.Default is the image's preallocated comparer: no getter call, no virtual call, and
    // GenericEqualityComparer<int>.Equals inlined down to an `i32.eq`.
    static bool Same<T>(T a, T b) => EqualityComparer<T>.Default.Equals(a, b);

    static int Main()
    {
        int r = 0;
        if (!IsNull(3)) r += 1;
        if (IsNull<string>(null)) r += 2;
        if (IsComparable(1.5)) r += 4;
        if (!IsDisposable(1.5)) r += 8;
        if (Same(4, 4)) r += 16;
        if (!Same(4, 5)) r += 32;
        return r;
    }
}
