// Heap sizes as the metadata root's stream headers give them (FACTS.md "heapSizes").
//
// MetadataReader.GetHeapSize is not used on purpose: SRM trims the #Strings heap's trailing zero
// padding, so its size can be smaller than the stream header says.

using System;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace MetadataOracle;

internal readonly record struct HeapSizes(uint Strings, uint UserStrings, uint Blob, uint Guid);

internal static class MetadataRoot
{
    private const uint Signature = 0x424A5342; // "BSJB"

    /// <summary>
    /// Reads the stream headers. When a stream name occurs more than once the last header wins,
    /// as in SRM's MetadataReader.
    /// </summary>
    public static HeapSizes ReadHeapSizes(PEReader pe)
    {
        PEMemoryBlock block = pe.GetMetadata();
        BlobReader r = block.GetReader();
        if (r.ReadUInt32() != Signature)
        {
            throw new BadImageFormatException("metadata root signature is not BSJB");
        }

        r.ReadUInt16(); // major version
        r.ReadUInt16(); // minor version
        r.ReadUInt32(); // reserved
        int versionLength = r.ReadInt32();
        if (versionLength < 0 || versionLength > r.RemainingBytes)
        {
            throw new BadImageFormatException("metadata version string too long");
        }

        r.Offset += versionLength;
        r.ReadUInt16(); // flags
        int streams = r.ReadUInt16();

        uint strings = 0, userStrings = 0, blob = 0, guid = 0;
        Span<byte> nameBytes = stackalloc byte[32];
        for (int i = 0; i < streams; i++)
        {
            r.ReadUInt32(); // offset
            uint size = r.ReadUInt32();
            int length = 0;
            while (true)
            {
                byte b = r.ReadByte();
                if (b == 0)
                {
                    break;
                }

                if (length == nameBytes.Length)
                {
                    throw new BadImageFormatException("metadata stream name too long");
                }

                nameBytes[length++] = b;
            }

            while ((r.Offset & 3) != 0)
            {
                r.ReadByte();
            }

            switch (Encoding.ASCII.GetString(nameBytes.Slice(0, length)))
            {
                case "#Strings":
                    strings = size;
                    break;
                case "#US":
                    userStrings = size;
                    break;
                case "#Blob":
                    blob = size;
                    break;
                case "#GUID":
                    guid = size;
                    break;
            }
        }

        return new HeapSizes(strings, userStrings, blob, guid);
    }
}
