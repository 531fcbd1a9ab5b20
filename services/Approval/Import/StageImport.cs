using Microsoft.EntityFrameworkCore;
using Platform.Approval.Data;
using Platform.Approval.Projects;
using Platform.ServiceDefaults.Persistence;
using Platform.WorkingDays;

namespace Platform.Approval.Import;

/// <summary>
/// Stores the checked stages of an import in one transaction: a stage already known (same project, same stage, in any
/// status) is skipped; an unknown project is registered from the file. Saved in slices, so a file of many thousand
/// rows does not keep every entity of it tracked at once.
/// </summary>
static class StageImport
{
    const int Slice = 200;
    public const string UnknownApplicant = "（历史导入）";

    public static Task<StageImportResult> ApplyAsync(ApprovalDbContext db, IReadOnlyList<List<StageImportRow>> stages,
        string submittedBy, WorkingDayCalendar calendar, CancellationToken cancellationToken) =>
        RunningNumbers.InTransactionAsync(db, async () =>
        {
            var codes = stages.Select(s => s[0].ProjectCode).Distinct().ToList();
            var known = await ExistingKeys.InSlicesAsync(codes, async slice =>
                (await db.Stages.Where(s => slice.Contains(s.ProjectCode))
                    .Select(s => new { s.ProjectCode, s.Stage }).ToListAsync(cancellationToken))
                .Select(s => Key(s.ProjectCode, s.Stage)).ToList());
            var projects = await ExistingKeys.InSlicesAsync(codes, slice =>
                db.Projects.Where(p => slice.Contains(p.Code)).Select(p => p.Code).ToListAsync(cancellationToken));
            var leads = await db.StageDefinitions.AsNoTracking()
                .ToDictionaryAsync(d => d.Stage, d => d.LeadDepartmentCode, cancellationToken);
            var imported = 0;
            foreach (var rows in stages.Where(s => !known.Contains(Key(s[0].ProjectCode, s[0].Stage)))
                .OrderBy(s => s[0].AcceptedAt))
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
                if (++imported % Slice == 0)
                {
                    await db.SaveChangesAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                }
            }
            await db.SaveChangesAsync(cancellationToken);
            return new StageImportResult(imported, stages.Count - imported);
        }, cancellationToken);

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
