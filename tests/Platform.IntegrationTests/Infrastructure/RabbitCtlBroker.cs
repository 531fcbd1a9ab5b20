namespace Platform.IntegrationTests.Infrastructure;

/// <summary>Stops and starts the RabbitMQ application (not the Erlang node) with rabbitmqctl.</summary>
sealed class RabbitCtlBroker(string? node, IReadOnlyDictionary<string, string> environment, string rabbitmqctl = "rabbitmqctl")
    : IBrokerControl
{
    public Task StopAsync() => Run("stop_app");
    public Task StartAsync() => Run("start_app");

    public async Task<string> DescribeQueuesAsync() =>
        node is null ? "(no node to ask)" : string.Join('\n', (await ServerProcess.RunAsync(rabbitmqctl, ["-n", node, "list_queues", "name", "messages"], environment))
            .Split('\n').Where(line => line.Split('\t') is [_, var count] && count.Trim() != "0"));

    async Task Run(string command)
    {
        if (node is null)
        {
            throw new InvalidOperationException(
                "This test stops and starts the broker: set PLATFORM_TEST_RABBITMQ_NODE to the node name rabbitmqctl controls.");
        }
        await ServerProcess.RunAsync(rabbitmqctl, ["-n", node, command], environment);
    }
}
