using Microsoft.EntityFrameworkCore;
using Platform.Disclosure.Data;

namespace Platform.Disclosure.Warnings;

/// <summary>
/// A deadline near or passed: a request's reply (yellow, red) or a publication not yet published (red). Raised once per
/// subject, level and due date (an extension that moves the due date may warn again); cleared when the work is done.
/// </summary>
public sealed class DeadlineWarning
{
    public Guid Id { get; set; }
    public string Subject { get; set; } = "";
    public string SubjectId { get; set; } = "";
    public string Level { get; set; } = "";
    public DateOnly DueDate { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset? ClearedAt { get; set; }
}

static class DeadlineWarnings
{
    /// <summary>Marks the subject's open warnings cleared (in the caller's unit of work).</summary>
    public static void Clear(DisclosureDbContext db, string subject, string subjectId, DateTimeOffset now)
    {
        foreach (var warning in db.Warnings.Where(w => w.Subject == subject && w.SubjectId == subjectId && w.ClearedAt == null))
        {
            warning.ClearedAt = now;
        }
    }
}
