using Microsoft.EntityFrameworkCore;
using Platform.Catalogue.Data;
using Platform.Catalogue.Departments;
using Platform.Catalogue.Matters;
using Platform.Catalogue.Points;
using Platform.Catalogue.Windows;

namespace Platform.Catalogue.Demo;

/// <summary>
/// On the first start of a demo configuration (Catalogue:DemoCatalogue:Enabled, set by the standalone host), loads the
/// demo catalogue of a county-level city through the same import path as an administrator's CSV, and the hall's
/// windows; and, on the first start without a service network, the demo network (county hall, town, villages), its
/// windows and its events.
/// </summary>
sealed class DemoCatalogue(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<DemoCatalogue> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Catalogue:DemoCatalogue:Enabled"))
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        if (!await db.Matters.AnyAsync(cancellationToken))
        {
            await LoadCatalogueAsync(db, cancellationToken);
        }
        if (!await db.ServicePoints.AnyAsync(cancellationToken))
        {
            await LoadPointsAsync(db, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    async Task LoadCatalogueAsync(CatalogueDbContext db, CancellationToken cancellationToken)
    {
        using var csv = new StreamReader(typeof(DemoCatalogue).Assembly
            .GetManifestResourceStream("Platform.Catalogue.Demo.demo-catalogue.csv")!);
        var (rows, errors) = MatterCsv.Parse(csv);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The demo catalogue does not pass the import rules: "
                + string.Join("; ", errors.Take(5).Select(e => $"line {e.Row} {e.Column}: {e.Message}")));
        }
        var departments = await DepartmentRegistry.LoadAsync(db, cancellationToken);
        var result = await MatterImport.ApplyAsync(db, departments, rows, cancellationToken);
        db.Windows.AddRange(Windows(rows));
        logger.LogInformation("Loading the demo catalogue: {Matters} matters", result.Imported);
    }

    /// <summary>The hall's windows (saved or staged above) belong to the county hall.</summary>
    static async Task LoadPointsAsync(CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var points = DemoPoints.All(DateTimeOffset.UtcNow).ToList();
        db.ServicePoints.AddRange(points);
        await PointWindows.AdoptUnassignedAsync(db, DemoPoints.County, cancellationToken);
        foreach (var window in db.Windows.Local.Where(w => w.PointCode is null))
        {
            window.PointCode = DemoPoints.County;
        }
        foreach (var point in points)
        {
            await ServicePointEvents.PublishAsync(db, point, point.UpdatedAt, cancellationToken);
        }
    }

    /// <summary>Eight comprehensive windows (无差别受理) for all departments, and one window per department.</summary>
    static IEnumerable<ServiceWindow> Windows(IReadOnlyList<ImportRow> rows)
    {
        var departments = rows.Select(r => r.Elements.DepartmentCode).Distinct().Order().ToList();
        for (var i = 1; i <= 8; i++)
        {
            yield return new ServiceWindow
            {
                Number = $"A{i:00}",
                Name = $"综合受理窗口{i:00}",
                Kind = WindowKind.Comprehensive,
                DepartmentCodes = departments,
            };
        }
        foreach (var (code, index) in departments.Select((c, i) => (c, i)))
        {
            var name = rows.First(r => r.Elements.DepartmentCode == code).Elements.DepartmentName;
            yield return new ServiceWindow
            {
                Number = $"B{index + 1:00}",
                Name = $"{name}窗口",
                Kind = WindowKind.Department,
                DepartmentCodes = [code],
            };
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
