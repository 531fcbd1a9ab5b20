using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Catalogue.Data;
using Platform.Catalogue.Departments;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Imports;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Security;

namespace Platform.Catalogue.Matters;

/// <summary>
/// Bulk import of a catalogue (实施清单) as CSV: all or nothing. Imported matters are published at once; an unchanged
/// matter stays as it is, a changed one becomes a new version; departments are registered as needed. A large file runs
/// as a job (<see cref="ImportEndpoint"/>).
/// </summary>
public static class MatterImport
{
    /// <summary>Matters (with their versions and events) stored per transaction.</summary>
    const int Slice = 500;

    public static RouteGroupBuilder MapMatterImportApi(this RouteGroupBuilder api)
    {
        api.MapPost("/matters/import", Import)
            .RequireAuthorization(Roles.CatalogueAdmin)
            .WithTags("matters")
            .WithSummary("以 CSV 批量导入实施清单（事项）")
            .WithCsvRequestBody();
        return api;
    }

    static Task<Results<Ok<ImportResult>, Accepted<ImportJobView>, ProblemHttpResult>> Import(HttpRequest request,
        CancellationToken cancellationToken) =>
        ImportEndpoint.RunAsync<ImportResult>(request, CatalogueModule.Name, RunAsync, cancellationToken);

    /// <summary>
    /// Reads and checks the whole file (its rows are held: department names are checked across rows, and a
    /// catalogue is thousands of rows, not millions), then stores it in slices, each with its events.
    /// </summary>
    static async Task<ImportResult?> RunAsync(ImportRun run, CancellationToken cancellationToken)
    {
        var db = run.Services.GetRequiredService<CatalogueDbContext>();
        List<ImportRow> rows;
        using (var text = run.File.Open())
        {
            (rows, var errors) = MatterCsv.Parse(text, run.Progress.RowRead);
            run.Progress.Add(errors);
        }
        var departments = await DepartmentRegistry.LoadAsync(db, cancellationToken);
        run.Progress.Add(DepartmentNameConflicts(rows, departments));
        if (run.Progress.HasErrors)
        {
            return null;
        }
        var total = new ImportResult(0, 0, 0, 0);
        foreach (var slice in rows.Chunk(Slice))
        {
            var stored = await ApplyAsync(db, departments, slice, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            run.Progress.Stored(stored.Created + stored.Updated, stored.Unchanged);
            total = new ImportResult(total.Imported + stored.Imported, total.Created + stored.Created,
                total.Updated + stored.Updated, total.Unchanged + stored.Unchanged);
        }
        return total;
    }

    /// <summary>Stages every change and its events on the context; the caller saves them in one transaction.</summary>
    internal static async Task<ImportResult> ApplyAsync(CatalogueDbContext db, DepartmentRegistry departments,
        IReadOnlyList<ImportRow> rows, CancellationToken cancellationToken)
    {
        var codes = rows.Select(r => r.Code).ToList();
        var current = await db.Matters.Where(m => codes.Contains(m.Code) && m.IsCurrent)
            .ToDictionaryAsync(m => m.Code, cancellationToken);
        var latestVersion = await db.Matters.Where(m => codes.Contains(m.Code))
            .GroupBy(m => m.Code).Select(g => new { Code = g.Key, Version = g.Max(m => m.Version) })
            .ToDictionaryAsync(g => g.Code, g => g.Version, cancellationToken);

        var now = DateTimeOffset.UtcNow;
        int created = 0, updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            var existing = current.GetValueOrDefault(row.Code);
            if (existing is { Status: MatterStatus.Published } && existing.Elements.SameAs(row.Elements))
            {
                unchanged++;
                continue;
            }
            departments.Ensure(row.Elements.DepartmentCode, row.Elements.DepartmentName, now);
            var version = new Matter
            {
                Code = row.Code,
                Version = latestVersion.GetValueOrDefault(row.Code) + 1,
                Elements = row.Elements,
                UpdatedAt = now,
            };
            db.Matters.Add(version);
            MatterVersions.Publish(db, version, existing, now);
            if (existing is null)
            {
                created++;
            }
            else
            {
                updated++;
            }
        }
        return new ImportResult(rows.Count, created, updated, unchanged);
    }

    static IEnumerable<RowError> DepartmentNameConflicts(IReadOnlyList<ImportRow> rows, DepartmentRegistry departments)
    {
        var firstName = new Dictionary<string, (string Name, int Row)>();
        foreach (var row in rows)
        {
            var (code, name) = (row.Elements.DepartmentCode, row.Elements.DepartmentName);
            if (departments.Find(code) is { } known && known.Name != name)
            {
                yield return new RowError(row.Row, "departmentName", $"部门 {code} 已登记为“{known.Name}”，与“{name}”不一致。");
            }
            else if (firstName.TryGetValue(code, out var first) && first.Name != name)
            {
                yield return new RowError(row.Row, "departmentName",
                    $"部门 {code} 在第 {first.Row} 行名为“{first.Name}”，与“{name}”不一致。");
            }
            firstName.TryAdd(code, (name, row.Row));
        }
    }
}
