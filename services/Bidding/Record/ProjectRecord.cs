using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;

namespace Platform.Bidding.Record;

/// <summary>
/// Appends to and verifies a project's hash chain. An entry is staged with the change it records (the same save), so
/// the record never says more or less than what happened. Entry 1's previous hash is 64 zeros.
/// </summary>
public static class ProjectRecord
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    static readonly TimeSpan HallOffset = TimeSpan.FromHours(8);

    public static async Task<RecordEntry> AppendAsync(BiddingDbContext db, Guid projectId, DateTimeOffset at,
        string kind, object payload, CancellationToken cancellationToken)
    {
        var staged = db.RecordEntries.Local.Where(e => e.ProjectId == projectId).MaxBy(e => e.Seq);
        var last = staged ?? await db.RecordEntries.AsNoTracking().Where(e => e.ProjectId == projectId)
            .OrderByDescending(e => e.Seq).FirstOrDefaultAsync(cancellationToken);
        var entry = new RecordEntry
        {
            ProjectId = projectId,
            Seq = (last?.Seq ?? 0) + 1,
            At = at.ToOffset(HallOffset).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
            Kind = kind,
            Payload = JsonSerializer.Serialize(payload, JsonSerializerOptions.Web),
            PrevHash = last?.Hash ?? Genesis,
            Hash = "",
        };
        entry.Hash = HashOf(entry);
        db.RecordEntries.Add(entry);
        return entry;
    }

    public static string HashOf(RecordEntry e) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        e.PrevHash + "\n" + e.Seq.ToString(CultureInfo.InvariantCulture) + "\n" + e.At + "\n" + e.Kind + "\n"
        + e.Payload)));

    /// <summary>The first entry whose hash, previous hash or number does not follow, or null when all do.</summary>
    public static int? FirstBroken(IReadOnlyList<RecordEntry> entries)
    {
        var previous = Genesis;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.Seq != i + 1 || entry.PrevHash != previous || entry.Hash != HashOf(entry))
            {
                return entry.Seq;
            }
            previous = entry.Hash;
        }
        return null;
    }
}
