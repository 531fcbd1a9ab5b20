using Platform.IntegrationTests.Infrastructure;
using Platform.ServiceDefaults.Jobs;

namespace Platform.IntegrationTests.Jobs;

/// <summary>Periodic jobs on PostgreSQL: one replica leads a job and runs its ticks; when it stops, another takes over.</summary>
[Collection(RealServersCollection.Name)]
public sealed class JobLeadershipTests(RealServers servers)
{
    [Fact]
    public async Task One_replica_leads_a_job_until_it_stops_and_then_another_takes_over()
    {
        var database = await servers.CreateDatabaseAsync("jobs");
        await using var first = new JobLeadership("warning-clock");
        await using var second = new JobLeadership("warning-clock");
        await using var otherJob = new JobLeadership("deadline-watch");

        Assert.True(await first.LeadAsync(database, CancellationToken.None));
        Assert.False(await second.LeadAsync(database, CancellationToken.None));
        Assert.True(await first.LeadAsync(database, CancellationToken.None)); // still leading
        Assert.True(await otherJob.LeadAsync(database, CancellationToken.None)); // each job has its own leader

        await first.DisposeAsync(); // the leading process stops (or dies: its connection closes)
        Assert.True(await second.LeadAsync(database, CancellationToken.None));
        Assert.False(await first.LeadAsync(database, CancellationToken.None));
    }
}
