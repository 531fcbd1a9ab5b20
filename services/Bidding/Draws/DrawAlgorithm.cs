using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Bidding.Draws;

/// <summary>
/// The verifiable draw of DESIGN §6, exactly: anyone holding the published drawId, secret and sorted candidates gets
/// the same selection, and the commitment published beforehand shows the secret was fixed before the candidates were.
/// </summary>
public static class DrawAlgorithm
{
    /// <summary>32 random bytes as lowercase hex, the secret S.</summary>
    public static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>hex(SHA-256(S)) over the secret's bytes (not over its hex text).</summary>
    public static string Commitment(string secretHex) =>
        Convert.ToHexStringLower(SHA256.HashData(Convert.FromHexString(secretHex)));

    /// <summary>
    /// Ordinal order: by UTF-16 code unit, as .NET's and JavaScript's default string comparisons sort, so the
    /// portal's verification page agrees without a collation table.
    /// </summary>
    public static List<string> Sorted(IEnumerable<string> candidates) =>
        candidates.Order(StringComparer.Ordinal).ToList();

    public static byte[] Seed(string drawId, string secretHex, IReadOnlyList<string> sortedCandidates) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(drawId + "\n" + secretHex + "\n" + string.Join("\n", sortedCandidates)));

    /// <summary>The <paramref name="count"/> candidates drawn, in the order drawn.</summary>
    public static List<string> Select(string drawId, string secretHex, IReadOnlyList<string> sortedCandidates,
        int count)
    {
        if (count > sortedCandidates.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(count), "More to draw than there are candidates.");
        }
        var block = new byte[36];
        Seed(drawId, secretHex, sortedCandidates).CopyTo(block, 0);
        var left = sortedCandidates.ToList();
        var selected = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(block.AsSpan(32), (uint)i);
            var h = SHA256.HashData(block);
            var j = (int)(BinaryPrimitives.ReadUInt64BigEndian(h) % (ulong)left.Count);
            selected.Add(left[j]);
            left.RemoveAt(j);
        }
        return selected;
    }
}
