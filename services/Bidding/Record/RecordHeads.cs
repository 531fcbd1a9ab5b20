using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;

namespace Platform.Bidding.Record;

/// <summary>Every project's current head, and the digest that a day's publication of them carries.</summary>
public static class RecordHeads
{
    /// <summary>Ordered by project id (as text, ordinally: the order the digest's lines take).</summary>
    public static async Task<List<HeadHash>> CurrentAsync(BiddingDbContext db, CancellationToken cancellationToken)
    {
        var heads = await db.RecordEntries.AsNoTracking()
            .Where(e => e.Seq == db.RecordEntries.Where(o => o.ProjectId == e.ProjectId).Max(o => o.Seq))
            .Select(e => new HeadHash(e.ProjectId, e.Seq, e.Hash)).ToListAsync(cancellationToken);
        return Sorted(heads);
    }

    public static List<HeadHash> Sorted(IEnumerable<HeadHash> heads) =>
        heads.OrderBy(h => h.ProjectId.ToString("D"), StringComparer.Ordinal).ToList();

    /// <summary>
    /// hex(SHA-256(UTF-8 of the lines "projectId seq hash", project ids lowercase "D" format sorted ordinally, each
    /// line ended by "\n")); of no heads, the hash of the empty text.
    /// </summary>
    public static string Digest(IEnumerable<HeadHash> heads)
    {
        var text = new StringBuilder();
        foreach (var head in Sorted(heads))
        {
            text.Append(CultureInfo.InvariantCulture, $"{head.ProjectId:D} {head.Seq} {head.Hash}\n");
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
