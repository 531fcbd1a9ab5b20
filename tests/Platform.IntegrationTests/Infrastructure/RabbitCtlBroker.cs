namespace Platform.IntegrationTests.Infrastructure;

/// <summary>Stops and starts the RabbitMQ application (not the Erlang node) with rabbitmqctl.</summary>
sealed class RabbitCtlBroker(string? node, IReadOnlyDictionary<string, string> environment, string rabbitmqctl = "rabbitmqctl")
    : IBrokerControl
{
    public Task StopAsync() => Run("stop_app");
    public Task StartAsync() => Run("start_app");

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
