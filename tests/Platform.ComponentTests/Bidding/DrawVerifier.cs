using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Platform.ComponentTests.Bidding;

/// <summary>
/// An outsider's recomputation of a published draw, written from DESIGN §6 alone (nothing of the service's code):
/// what a bidder or a journalist would run against the public GET.
/// </summary>
public static class DrawVerifier
{
    public static string Hex(byte[] bytes) => string.Concat(bytes.Select(b => b.ToString("x2")));

    public static string CommitmentOf(string secretHex) => Hex(SHA256.HashData(Convert.FromHexString(secretHex)));

    public static List<string> Recompute(JsonElement draw)
    {
        var drawId = draw.GetProperty("drawId").GetString()!;
        var secret = draw.GetProperty("secret").GetString()!;
        var count = draw.GetProperty("count").GetInt32();
        var candidates = draw.GetProperty("candidates").EnumerateArray().Select(c => c.GetString()!).ToList();
        candidates.Sort(string.CompareOrdinal);
        var seed = SHA256.HashData(Encoding.UTF8.GetBytes($"{drawId}\n{secret}\n{string.Join("\n", candidates)}"));
        var selected = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var input = seed.Concat(new[] { (byte)(i >> 24), (byte)(i >> 16), (byte)(i >> 8), (byte)i }).ToArray();
            var h = SHA256.HashData(input);
            ulong value = 0;
            for (var b = 0; b < 8; b++)
            {
                value = (value << 8) | h[b];
            }
            var j = (int)(value % (ulong)candidates.Count);
            selected.Add(candidates[j]);
            candidates.RemoveAt(j);
        }
        return selected;
    }

    public static List<string> Strings(JsonElement array) =>
        array.EnumerateArray().Select(e => e.GetString()!).ToList();
}
