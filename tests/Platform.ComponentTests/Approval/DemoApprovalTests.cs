using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Approval.Data;
using Platform.Approval.Stages;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Approval;
using Platform.ServiceDefaults.Identity;
using Platform.WorkingDays;

namespace Platform.ComponentTests.Approval;

public sealed class DemoApprovalTests
{
    [Fact]
    public async Task The_demo_host_seeds_the_stage_definitions_and_projects_in_every_state()
    {
        using var data = new TempDirectory();
        await using var host = new StandaloneFactory(data.Path, new Dictionary<string, string>
        {
            ["Catalogue:DemoCatalogue:Enabled"] = "true",
            ["Approval:DemoData:Enabled"] = "true",
        });
        host.Clock.Set("2025-12-03T10:00:00+08:00");
        using var client = host.CreateClient();

        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (await Read(host, db => db.Stages.CountAsync()) == 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the demo approval data was not seeded");
            await Task.Delay(250);
        }

        var definitions = await Read(host, db => db.StageDefinitions.OrderBy(d => d.Stage).ToListAsync());
        Assert.Equal([("ZRZYJ", 3), ("ZRZYJ", 5), ("ZJJ", 1), ("ZJJ", 3)], definitions.Select(d => (d.LeadDepartmentCode, d.MatterCodes.Count)));
        Assert.Equal(["土地权属证明"], definitions[1].Deferrable);
        var projects = await Read(host, db => db.Projects.ToListAsync());
        Assert.Equal(2, projects.Count(p => p.OwnerAccount == "company01"));
        Assert.Single(projects, p => p.AgentAccount == "applicant01");
        Assert.All(projects, p => Assert.True(ChineseIdentifiers.IsValidUnifiedSocialCreditCode(p.ApplicantCreditCode), p.ApplicantCreditCode));
        Assert.All(projects, p => Assert.Matches(@"^\d{4}-\d{6}-\d{2}-\d{2}-\d{6}$", p.Code));

        var stages = await Read(host, db => db.Stages.Include(s => s.Tasks).ToListAsync());
        Assert.Equal(4, stages.Select(s => s.Stage).Distinct().Count());
        Assert.Equal(3, stages.Count(s => s.Status == StageStatus.InProgress));
        Assert.Equal(9, stages.Count(s => s.Status == StageStatus.Completed));
        Assert.All(stages.Where(s => s.Status == StageStatus.Completed), s => Assert.True(s.CompletedDate < new DateOnly(2025, 12, 3)));
        var today = new DateOnly(2025, 12, 3);
        var calendar = CalendarData.National();
        var open = stages.SelectMany(s => s.Tasks).Where(t => t.IsOpen).ToList();
        Assert.Contains(open, t => calendar.WorkingDaysBetween(today, t.DueDate) == 1);
        Assert.Contains(open, t => calendar.WorkingDaysBetween(today, t.DueDate) == 2);
        Assert.All(open, t => Assert.True(t.DueDate > today));

        var refused = Assert.Single(stages, s => s.Status == StageStatus.Refused);
        var refusal = Assert.Single(refused.Tasks, t => t.Status == ApprovalTaskStatus.Refused);
        Assert.False(string.IsNullOrWhiteSpace(refusal.Reason));
        Assert.Equal(3, refused.Tasks.Count(t => t.Status == ApprovalTaskStatus.Closed));
        var harness = host.Services.GetTestHarness();
        Assert.True(await harness.PublishedAsync<ApprovalStageRefused>(e => e.StageNo == refused.StageNo && e.ClosedTaskNos.Count == 3));
        Assert.True(await harness.PublishedAsync<ApprovalTaskDecided>(e => e.TaskNo == refusal.TaskNo && e.Decision == "refused"));
        Assert.True(await harness.PublishedAsync<ApprovalProjectCompleted>(e => e.ProjectName == "示范市第二实验小学迁建工程"));
    }

    static async Task<T> Read<T>(StandaloneFactory host, Func<ApprovalDbContext, Task<T>> query)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ApprovalDbContext>());
    }
}
