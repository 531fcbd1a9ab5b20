using Microsoft.EntityFrameworkCore;
using Platform.Approval.Data;
using Platform.Approval.Projects;
using Platform.ServiceDefaults.Imports;
using Platform.ServiceDefaults.Persistence;
using Platform.WorkingDays;

namespace Platform.Approval.Import;

/// <summary>
/// Stores the checked stages of an import, oldest first, a slice at a time: each slice's stages, projects and events
/// in one transaction, so a job stopped half-way keeps whole slices and nothing twice. A stage already known (same
/// project, same stage, in any status) is skipped, so importing the file again finishes the job; an unknown project
/// is registered from the file.
/// </summary>
static class StageImport
{
    const int Slice = 200;
    public const string UnknownApplicant = "（历史导入）";

    public static async Task<StageImportResult> ApplyAsync(ApprovalDbContext db,
        IReadOnlyList<List<StageImportRow>> stages, string submittedBy, WorkingDayCalendar calendar,
        CancellationToken cancellationToken, ImportProgress? progress = null)
    {
        var leads = await db.StageDefinitions.AsNoTracking()
            .ToDictionaryAsync(d => d.Stage, d => d.LeadDepartmentCode, cancellationToken);
        var imported = 0;
        foreach (var slice in stages.OrderBy(s => s[0].AcceptedAt).Chunk(Slice))
        {
            var stored = await RunningNumbers.InTransactionAsync(db,
                () => StoreAsync(db, slice, leads, submittedBy, calendar, cancellationToken), cancellationToken);
            db.ChangeTracker.Clear();
            imported += stored;
            progress?.Stored(stored, slice.Length - stored);
        }
        return new StageImportResult(imported, stages.Count - imported);
    }

    /// <summary>One slice's stages not yet known, with their projects and events; the caller commits.</summary>
    static async Task<int> StoreAsync(ApprovalDbContext db, List<StageImportRow>[] slice,
        Dictionary<int, string> leads, string submittedBy, WorkingDayCalendar calendar,
        CancellationToken cancellationToken)
    {
        var codes = slice.Select(s => s[0].ProjectCode).Distinct().ToList();
        var known = (await db.Stages.Where(s => codes.Contains(s.ProjectCode))
                .Select(s => new { s.ProjectCode, s.Stage }).ToListAsync(cancellationToken))
            .Select(s => Key(s.ProjectCode, s.Stage)).ToHashSet();
        var projects = (await db.Projects.Where(p => codes.Contains(p.Code)).Select(p => p.Code)
            .ToListAsync(cancellationToken)).ToHashSet();
        var imported = 0;
        foreach (var rows in slice.Where(s => !known.Contains(Key(s[0].ProjectCode, s[0].Stage))))
        {
            var first = rows[0];
            if (projects.Add(first.ProjectCode))
            {
                db.Projects.Add(Registered(first));
            }
            var history = new StageHistory(first.ProjectCode, first.ProjectName, first.Stage,
                leads.GetValueOrDefault(first.Stage) ?? first.Matter.DepartmentCode, first.AcceptedAt,
                first.Suspended, rows.Select(r => new TaskHistory(r.Matter, r.CompletedAt)).ToList());
            await HistoricStages.AddAsync(db, history, submittedBy, imported: true, calendar, cancellationToken);
            imported++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return imported;
    }

    static string Key(string projectCode, int stage) => $"{projectCode}|{stage}";

    static Project Registered(StageImportRow row) => new()
    {
        Code = row.ProjectCode,
        Name = row.ProjectName,
        ApplicantName = UnknownApplicant,
        InvestmentKind = "enterprise",
        Location = "",
        RegisteredAt = row.AcceptedAt,
        Imported = true,
    };
}
