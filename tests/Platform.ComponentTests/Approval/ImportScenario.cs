using System.Text;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Approval.Data;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Approval;

/// <summary>
/// For imports: the standalone host with a small catalogue of construction-project matters published through the catalogue's import
/// and carried to approval's matter read model by the bus, plus signed-in clients for an administrator and a window.
/// </summary>
public sealed class ImportScenario : IAsyncLifetime
{
    public const string Catalogue = """
        code,name,type,departmentCode,departmentName,handlingKind,statutoryLimitDays,promisedLimitDays,materials
        FG-001,企业投资项目核准,01,FGJ,发展和改革局,promised,20,4,项目申请报告
        ZR-001,建设项目用地预审与选址意见书核发,01,ZRZYJ,自然资源局,promised,20,4,用地预审申请表
        SJ-001,建设项目环境影响报告表审批,01,SJJ,生态环境分局,promised,30,4,环境影响报告表
        ZJ-001,建筑工程施工许可证核发,01,ZJJ,住房和城乡建设局,promised,7,3,施工许可申请表
        QX-001,雷电防护装置竣工验收,01,QXJ,气象局,promised,,2,验收申请表
        """;

    readonly TempDirectory _data = new();
    public StandaloneFactory Host { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;
    public HttpClient Window { get; private set; } = null!;
    public HttpClient Supervisor { get; private set; } = null!;
    public ITestHarness Harness => Host.Services.GetTestHarness();

    public async Task InitializeAsync()
    {
        Host = new StandaloneFactory(_data.Path);
        Admin = await SignedIn("admin");
        Window = await SignedIn("window01");
        Supervisor = await SignedIn("supervisor01");
        var catalogue = await SignedIn("catalogue01");
        (await catalogue.PostAsync("/api/catalogue/matters/import",
            new StringContent(Catalogue, Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        var published = Catalogue.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await Count(db => db.Matters) < published)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("approval did not receive the published matters");
            await Task.Delay(100);
        }
    }

    /// <summary>Rows of one of approval's tables, read straight from its database.</summary>
    public async Task<int> Count<T>(Func<ApprovalDbContext, IQueryable<T>> table)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await table(scope.ServiceProvider.GetRequiredService<ApprovalDbContext>()).CountAsync();
    }

    public async Task<T> Read<T>(Func<ApprovalDbContext, Task<T>> query)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ApprovalDbContext>());
    }

    public Task<HttpResponseMessage> Import(string csv, HttpClient? client = null) =>
        (client ?? Admin).PostAsync("/api/approval/stages/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

    async Task<HttpClient> SignedIn(string username)
    {
        var client = Host.CreateClient();
        return client.WithToken(await client.SignInAsync(username));
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _data.Dispose();
    }
}
