using System.Net.Sockets;

namespace Platform.IntegrationTests.Infrastructure;

static class DockerEngine
{
    /// <summary>True when a Docker engine answers /_ping on DOCKER_HOST or the default socket.</summary>
    public static async Task<bool> AnswersAsync()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        try
        {
            if (host is not null && host.StartsWith("tcp://", StringComparison.OrdinalIgnoreCase))
            {
                using var http = new HttpClient();
                var response = await http.GetAsync(new Uri(new Uri(host.Replace("tcp://", "http://")), "/_ping"), timeout.Token);
                return response.IsSuccessStatusCode;
            }
            var socket = host is not null && host.StartsWith("unix://", StringComparison.OrdinalIgnoreCase)
                ? host["unix://".Length..]
                : "/var/run/docker.sock";
            if (!File.Exists(socket))
            {
                return false;
            }
            using var handler = new SocketsHttpHandler
            {
                ConnectCallback = async (_, cancellationToken) =>
                {
                    var unix = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                    await unix.ConnectAsync(new UnixDomainSocketEndPoint(socket), cancellationToken);
                    return new NetworkStream(unix, ownsSocket: true);
                },
            };
            using var client = new HttpClient(handler);
            var ping = await client.GetAsync("http://docker/_ping", timeout.Token);
            return ping.IsSuccessStatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or SocketException or OperationCanceledException)
        {
            return false;
        }
    }
}
