using System.Net;
using System.Net.Sockets;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>
/// A TCP link between a service under test and a real server that a test can cut and restore, as a server restart or
/// a network loss looks to the service: while cut, every open connection is closed and new ones are refused. Works the
/// same whatever runs the servers (configuration, Testcontainers or local binaries), which a real restart would not.
/// </summary>
sealed class CuttableLink : IAsyncDisposable
{
    readonly IPEndPoint _target;
    readonly List<TcpClient> _open = [];
    readonly CancellationTokenSource _disposed = new();
    TcpListener? _listener;

    public CuttableLink(string host, int port)
    {
        _target = new IPEndPoint(Dns.GetHostAddresses(host).First(a => a.AddressFamily == AddressFamily.InterNetwork), port);
        Port = ServerProcess.FreePort();
        Restore();
    }

    /// <summary>The local port the service connects to instead of the server's.</summary>
    public int Port { get; }

    public void Restore()
    {
        lock (_open)
        {
            if (_listener is not null)
            {
                return;
            }
            _listener = new TcpListener(IPAddress.Loopback, Port);
            _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            _listener.Start();
            _ = AcceptAsync(_listener);
        }
    }

    public void Cut()
    {
        lock (_open)
        {
            _listener?.Stop();
            _listener = null;
            foreach (var client in _open)
            {
                try
                {
                    client.Client?.LingerState = new LingerOption(true, 0); // a reset, as a killed server gives
                }
                catch (Exception exception) when (exception is ObjectDisposedException or SocketException)
                {
                    // already closed by its other side
                }
                client.Dispose();
            }
            _open.Clear();
        }
    }

    async Task AcceptAsync(TcpListener listener)
    {
        while (!_disposed.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await listener.AcceptTcpClientAsync(_disposed.Token);
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException
                or OperationCanceledException or InvalidOperationException)
            {
                return; // cut or disposed
            }
            var outbound = new TcpClient();
            try
            {
                await outbound.ConnectAsync(_target, _disposed.Token);
            }
            catch (Exception exception) when (exception is SocketException or OperationCanceledException)
            {
                inbound.Dispose();
                outbound.Dispose();
                continue;
            }
            lock (_open)
            {
                if (!ReferenceEquals(listener, _listener))
                {
                    inbound.Dispose();
                    outbound.Dispose();
                    return;
                }
                _open.Add(inbound);
                _open.Add(outbound);
            }
            _ = PumpAsync(inbound, outbound);
            _ = PumpAsync(outbound, inbound);
        }
    }

    async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), _disposed.Token);
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException
            or OperationCanceledException or SocketException or InvalidOperationException)
        {
            // the link was cut or one side closed
        }
        finally
        {
            from.Dispose();
            to.Dispose();
            lock (_open)
            {
                _open.Remove(from);
                _open.Remove(to);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _disposed.CancelAsync();
        Cut();
        _disposed.Dispose();
    }
}
