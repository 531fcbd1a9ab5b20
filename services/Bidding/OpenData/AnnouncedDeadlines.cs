using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.Bidding.Projects;

namespace Platform.Bidding.OpenData;

/// <summary>
/// The bid deadline each project was announced with. An amendment overwrites the project's deadline and keeps only
/// the new one, so the first deadline is read from the record's announcement entry.
/// </summary>
public static class AnnouncedDeadlines
{
    public static async Task<Dictionary<Guid, DateTimeOffset>> ReadAsync(BiddingDbContext db,
        IReadOnlyList<TradingProject> projects, CancellationToken cancellationToken)
    {
        var deadlines = projects.ToDictionary(p => p.Id, p => p.BidDeadline);
        var amended = projects.Where(p => p.Amendments.Count > 0).Select(p => p.Id).ToList();
        if (amended.Count == 0)
        {
            return deadlines;
        }
        var announcements = await db.RecordEntries.AsNoTracking()
            .Where(e => amended.Contains(e.ProjectId) && e.Kind == "announcement").ToListAsync(cancellationToken);
        foreach (var entry in announcements)
        {
            using var payload = JsonDocument.Parse(entry.Payload);
            if (payload.RootElement.TryGetProperty("bidDeadline", out var deadline)
                && deadline.TryGetDateTimeOffset(out var announced))
            {
                deadlines[entry.ProjectId] = announced;
            }
        }
        return deadlines;
    }
}
