using Platform.Disclosure.Data;

namespace Platform.Disclosure.Warnings;

/// <summary>
/// The warnings' side of finished work, called by publications and requests: this folder sits below both, and the
/// deadline watch that reads them lives above them (Deadlines).
/// </summary>
static class DeadlineWarnings
{
    /// <summary>Marks the subject's open warnings cleared (in the caller's unit of work).</summary>
    public static void Clear(DisclosureDbContext db, string subject, string subjectId, DateTimeOffset now)
    {
        var open = db.Warnings.Where(w => w.Subject == subject && w.SubjectId == subjectId && w.ClearedAt == null);
        foreach (var warning in open)
        {
            warning.ClearedAt = now;
        }
    }
}
