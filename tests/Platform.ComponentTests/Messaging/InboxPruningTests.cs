using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.ComponentTests.Infrastructure;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Messaging;

namespace Platform.ComponentTests.Messaging;

public sealed class InboxPruningTests
{
    [Fact]
    public async Task Inbox_records_older_than_the_retention_are_pruned_and_younger_ones_kept()
    {
        using var data = new TempDirectory();
        await using var host = new StandaloneFactory(data.Path, new Dictionary<string, string> { ["Inbox:Retention"] = "2.00:00:00" });
        host.CreateClient().Dispose();
        var now = DateTime.UtcNow;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
            db.Set<InboxMessage>().AddRange(
                new InboxMessage { MessageId = Guid.NewGuid(), Consumer = "old", ProcessedAt = now.AddDays(-3) },
                new InboxMessage { MessageId = Guid.NewGuid(), Consumer = "old", ProcessedAt = now.AddDays(-2).AddMinutes(-1) },
                new InboxMessage { MessageId = Guid.NewGuid(), Consumer = "young", ProcessedAt = now.AddDays(-1) },
                new InboxMessage { MessageId = Guid.NewGuid(), Consumer = "young", ProcessedAt = now });
            await db.SaveChangesAsync();
        }

        var pruning = host.Services.GetServices<IHostedService>().OfType<InboxPruning<IntakeDbContext>>().Single();
        Assert.True(await pruning.RunOnceAsync(CancellationToken.None));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var left = await scope.ServiceProvider.GetRequiredService<IntakeDbContext>().Set<InboxMessage>()
                .Where(m => m.Consumer == "old" || m.Consumer == "young").Select(m => m.Consumer).ToListAsync();
            Assert.Equal(["young", "young"], left);
        }
    }
}
