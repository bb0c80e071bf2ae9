// Runs the kernel its first argument names; its exit code is the kernel's.
namespace Kernels;

public static class Dispatch
{
    public static int Main(string[] args) => args.Length == 0 ? 64 : args[0] switch
    {
        "Empty" => Empty.Main(),
        "Mandelbrot" => Mandelbrot.Main(),
        "Primes" => Primes.Main(),
        "Crc32" => Crc32.Main(),
        "NBody" => NBody.Main(),
        "HashLoop" => HashLoop.Main(),
        "Fib" => Fib.Main(),
        "BinaryTrees" => BinaryTrees.Main(),
        "BinaryTrees18" => BinaryTrees18.Main(),
        "StringChurn" => StringChurn.Main(),
        "FannkuchRedux" => FannkuchRedux.Main(),
        "SpectralNorm" => SpectralNorm.Main(),
        "Fasta" => Fasta.Main(),
        "KNucleotide" => KNucleotide.Main(),
        "ReverseComplement" => ReverseComplement.Main(),
        "VirtualDispatch" => VirtualDispatch.Main(),
        "DictionaryChurn" => DictionaryChurn.Main(),
        "Tokenizer" => Tokenizer.Main(),
        "TryRegions" => TryRegions.Main(),
        "ThrowCatch" => ThrowCatch.Main(),
        _ => 64,
    };
}
