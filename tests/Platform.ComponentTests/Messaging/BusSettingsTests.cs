using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Messaging;

public sealed class BusSettingsTests
{
    [Theory]
    [InlineData("Messaging:PrefetchCount", "0")]
    [InlineData("Messaging:ConcurrentMessageLimit", "many")]
    public void A_consumer_tuning_that_is_not_a_positive_number_stops_the_start_saying_which(string key, string value)
    {
        using var data = new TempDirectory();
        using var host = new StandaloneFactory(data.Path, new Dictionary<string, string> { [key] = value });

        var failure = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        var message = failure is InvalidOperationException ? failure.Message : failure.InnerException?.Message ?? "";
        Assert.Contains(key, message);
    }

    [Fact]
    public async Task Positive_consumer_tunings_are_accepted_and_the_hall_starts_and_serves()
    {
        using var data = new TempDirectory();
        await using var host = new StandaloneFactory(data.Path, new Dictionary<string, string>
        {
            ["Messaging:PrefetchCount"] = "8",
            ["Messaging:ConcurrentMessageLimit"] = "2",
        });
        var client = host.CreateClient();
        client.WithToken(await client.SignInAsync("catalogue01"));

        var response = await client.PostAsync("/api/catalogue/matters/import", new StringContent(
            "code,name,type,departmentCode,departmentName,handlingKind,statutoryLimitDays,promisedLimitDays\n"
            + "SC-001,食品经营许可,01,SCJGJ,市场监督管理局,promised,20,5\n", System.Text.Encoding.UTF8, "text/csv"));
        response.EnsureSuccessStatusCode();
    }

    [Fact]
    public void Quorum_queues_without_RabbitMq_stop_the_start_saying_why()
    {
        using var data = new TempDirectory();
        using var host = new StandaloneFactory(data.Path, new Dictionary<string, string>
        {
            ["Messaging:QuorumQueues"] = "true",
        });

        var failure = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        var message = failure is InvalidOperationException ? failure.Message : failure.InnerException?.Message ?? "";
        Assert.Contains("Messaging:QuorumQueues", message);
    }
}
