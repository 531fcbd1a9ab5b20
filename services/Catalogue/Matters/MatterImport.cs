using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Catalogue.Data;
using Platform.Catalogue.Departments;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Security;

namespace Platform.Catalogue.Matters;

/// <summary>
/// Bulk import of a catalogue (实施清单) as CSV: all or nothing. Imported matters are published at once; an unchanged
/// matter stays as it is, a changed one becomes a new version; departments are registered as needed.
/// </summary>
public static class MatterImport
{
    const long MaxBytes = 10 * 1024 * 1024;

    public static RouteGroupBuilder MapMatterImportApi(this RouteGroupBuilder api)
    {
        api.MapPost("/matters/import", Import)
            .RequireAuthorization(Roles.CatalogueAdmin)
            .WithTags("matters")
            .WithSummary("以 CSV 批量导入实施清单（事项）")
            .WithCsvRequestBody();
        return api;
    }

    static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> Import(HttpRequest request, CatalogueDbContext db,
        CancellationToken cancellationToken)
    {
        if (Problems.UnlessCsv(request) is { } notCsv)
        {
            return notCsv;
        }
        if (request.ContentLength > MaxBytes)
        {
            return Problems.Of(StatusCodes.Status413PayloadTooLarge, "file-too-large", "文件超过 10 MB，请分批导入。");
        }

        var text = await UploadedText.ReadAsync(request, cancellationToken);
        var (rows, errors) = MatterCsv.Parse(new StringReader(text));
        var departments = await DepartmentRegistry.LoadAsync(db, cancellationToken);
        errors.AddRange(DepartmentNameConflicts(rows, departments));
        if (errors.Count > 0)
        {
            return Problems.ImportRejected(errors);
        }

        var result = await ApplyAsync(db, departments, rows, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(result);
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
