using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.ServiceDefaults.Security;

namespace Platform.Edge.Accounts;

/// <summary>
/// Seeds the demo accounts on the first start of a demo configuration (Auth:DemoAccounts:Enabled, only set by the
/// standalone host and the local demo scripts). They never exist anywhere else: the flag is off by default.
/// </summary>
sealed class DemoAccounts(IServiceScopeFactory scopes, IConfiguration configuration, IPasswordHasher<Account> hasher,
    ILogger<DemoAccounts> logger)
    : IHostedService
{
    static readonly (string Username, string DisplayName, string Role, string? Department, string? Point)[] Seed =
    [
        ("admin", "系统管理员", Roles.Admin, null, null),
        ("window01", "综合窗口01", Roles.WindowStaff, null, null),
        ("approver01", "市场监管局审批员", Roles.Approver, "SCJGJ", null),
        // Parallel approval's lead departments of the demo stages (自然资源局 for 1–2, 住建局 for 3–4) and one more.
        ("approver02", "自然资源局审批员", Roles.Approver, "ZRZYJ", null),
        ("approver03", "住建局审批员", Roles.Approver, "ZJJ", null),
        ("approver04", "生态环境分局审批员", Roles.Approver, "SJJ", null),
        ("supervisor01", "效能监察员", Roles.Supervisor, null, null),
        ("catalogue01", "事项目录管理员", Roles.CatalogueAdmin, null, null),
        ("disclosure01", "政务公开专员", Roles.DisclosureOfficer, null, null),
        ("disclosure02", "政务公开审核员", Roles.DisclosureOfficer, null, null),
        ("trading01", "交易中心专员", Roles.TradingOfficer, null, null),
        // The demo expert pool's first three (DemoExperts in bidding): they score the projects they are drawn for.
        ("expert01", "评标专家王建国", Roles.Expert, null, null),
        ("expert02", "评标专家李秀英", Roles.Expert, null, null),
        ("expert03", "评标专家张伟", Roles.Expert, null, null),
        ("applicant01", "张三", Roles.Applicant, null, null),
        ("company01", "示例科技有限公司", Roles.Applicant, null, null),
        // 代办员 of the demo network's town centre and its two village points (DemoServicePoints in the catalogue).
        ("agent01", "城关镇代办员", Roles.Agent, null, "510181-101"),
        ("agent02", "东风村代办员", Roles.Agent, null, "510181-101-01"),
        ("agent03", "和平社区代办员", Roles.Agent, null, "510181-101-02"),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("Auth:DemoAccounts:Enabled"))
        {
            return;
        }
        var password = configuration["Auth:DemoAccounts:Password"];
        if (string.IsNullOrWhiteSpace(password))
        {
            throw new InvalidOperationException(
                "Auth:DemoAccounts:Enabled is set but Auth:DemoAccounts:Password is empty.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var existing = await db.Accounts.Select(a => a.Username).ToListAsync(cancellationToken);
        var accounts = Seed.Where(s => !existing.Contains(s.Username)).Select(s => new Account
        {
            Username = s.Username,
            DisplayName = s.DisplayName,
            Roles = s.Role,
            Department = s.Department,
            ServicePoint = s.Point,
            PasswordHash = "",
        }).ToList();
        // Each hash is deliberately slow (PBKDF2, 100,000 iterations: about 0.15 s of CPU); nineteen of them one after
        // another were the largest part of a first start, so they are made on every core at once.
        Parallel.ForEach(accounts, account => account.PasswordHash = hasher.HashPassword(account, password));
        db.Accounts.AddRange(accounts);
        await db.SaveChangesAsync(cancellationToken);
        if (accounts.Count > 0)
        {
            logger.LogInformation("Seeded {Count} demo accounts", accounts.Count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
