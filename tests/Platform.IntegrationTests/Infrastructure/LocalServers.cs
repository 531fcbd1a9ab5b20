using Npgsql;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>
/// Private PostgreSQL, RabbitMQ and Redis started from the binaries Debian's packages install, each on a free port
/// with its data in a temporary folder that is removed afterwards. PostgreSQL refuses to run as root, so as root it
/// runs as the postgres user the package created.
/// </summary>
sealed class LocalServers : IServerSource
{
    readonly string _root = Directory.CreateTempSubdirectory("platform-servers-").FullName;
    readonly List<ServerProcess> _processes = [];
    readonly string _postgresBin;
    readonly string _redisServer;
    readonly string _rabbitBin;
    readonly int _postgresPort = ServerProcess.FreePort();
    readonly int _redisPort = ServerProcess.FreePort();
    readonly int _rabbitPort = ServerProcess.FreePort();
    readonly int _rabbitDistPort = ServerProcess.FreePort();
    readonly string _rabbitNode;
    readonly Dictionary<string, string> _rabbitEnvironment;

    public string Description => $"private local servers under {_root}";
    public string PostgresConnectionString => $"Host=127.0.0.1;Port={_postgresPort};Username=postgres;Database=postgres;Timeout=15";
    public string RedisConnectionString => $"127.0.0.1:{_redisPort}";
    public Uri RabbitMqUri => new($"amqp://guest:guest@127.0.0.1:{_rabbitPort}/");
    public IBrokerControl Broker { get; }

    LocalServers(string postgresBin, string redisServer, string rabbitBin)
    {
        _postgresBin = postgresBin;
        _redisServer = redisServer;
        _rabbitBin = rabbitBin;
        _rabbitNode = $"rabbit_test_{_rabbitPort}@localhost";
        var rabbitHome = Path.Combine(_root, "rabbitmq");
        _rabbitEnvironment = new Dictionary<string, string>
        {
            ["HOME"] = rabbitHome,
            ["RABBITMQ_NODENAME"] = _rabbitNode,
            ["RABBITMQ_NODE_PORT"] = _rabbitPort.ToString(),
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_DIST_PORT"] = _rabbitDistPort.ToString(),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(rabbitHome, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(rabbitHome, "log"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(rabbitHome, "enabled_plugins"),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(rabbitHome, "rabbitmq"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(rabbitHome, "rabbit.pid"),
        };
        Broker = new RabbitCtlBroker(_rabbitNode, _rabbitEnvironment, Path.Combine(rabbitBin, "rabbitmqctl"));
    }

    public static LocalServers? TryCreate()
    {
        var postgres = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(dir => Path.Combine(dir, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb"))).OrderByDescending(bin => bin).FirstOrDefault()
            : null;
        var redis = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);
        var rabbit = File.Exists("/usr/lib/rabbitmq/bin/rabbitmq-server") ? "/usr/lib/rabbitmq/bin" : null;
        var missing = new List<string>();
        if (postgres is null) missing.Add("postgresql");
        if (redis is null) missing.Add("redis-server");
        if (rabbit is null) missing.Add("rabbitmq-server");
        if (missing.Count == 3)
        {
            return null;
        }
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"Integration tests need local servers that are not installed: apt-get install {string.Join(' ', missing)}");
        }
        return new LocalServers(postgres!, redis!, rabbit!);
    }

    public async Task StartAsync()
    {
        await Task.WhenAll(StartPostgresAsync(), StartRedisAsync(), StartRabbitAsync());
    }

    async Task StartPostgresAsync()
    {
        var dir = Path.Combine(_root, "postgres");
        Directory.CreateDirectory(dir);
        var asRoot = Environment.UserName == "root";
        // The temporary folder is private to its creator; the postgres user must be able to reach its own folder.
        if (asRoot)
        {
            // The temporary folder is private to its creator; the postgres user must reach its own folder inside it.
            await ServerProcess.RunAsync("chmod", ["755", _root]);
            await ServerProcess.RunAsync("chown", ["-R", "postgres:postgres", dir]);
        }
        var data = Path.Combine(dir, "data");
        await ServerProcess.RunAsync(Command(asRoot, "initdb"),
            Arguments(asRoot, "initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]),
            timeout: TimeSpan.FromMinutes(2));
        var server = Track("postgres", Path.Combine(_root, "postgres.log"));
        server.Start(Command(asRoot, "postgres"), Arguments(asRoot, "postgres",
        [
            "-D", data, "-p", _postgresPort.ToString(), "-k", dir, "-c", "listen_addresses=127.0.0.1",
            "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=300",
        ]));
        await server.WaitForPortAsync(_postgresPort, TimeSpan.FromSeconds(60));
        await WaitForPostgresQueriesAsync();
    }

    string Command(bool asRoot, string tool) => asRoot ? "runuser" : Path.Combine(_postgresBin, tool);

    IEnumerable<string> Arguments(bool asRoot, string tool, IEnumerable<string> arguments) =>
        asRoot ? ["-u", "postgres", "--", Path.Combine(_postgresBin, tool), .. arguments] : arguments;

    async Task WaitForPostgresQueriesAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(PostgresConnectionString);
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException) when (attempt < 100)
            {
                await Task.Delay(200);
            }
        }
    }

    async Task StartRedisAsync()
    {
        var dir = Path.Combine(_root, "redis");
        Directory.CreateDirectory(dir);
        var server = Track("redis", Path.Combine(_root, "redis.log"));
        server.Start(_redisServer,
            ["--port", _redisPort.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir]);
        await server.WaitForPortAsync(_redisPort, TimeSpan.FromSeconds(30));
    }

    async Task StartRabbitAsync()
    {
        var home = _rabbitEnvironment["HOME"];
        Directory.CreateDirectory(home);
        await File.WriteAllTextAsync(Path.Combine(home, "enabled_plugins"), "[].");
        await File.WriteAllTextAsync(Path.Combine(home, "rabbitmq.conf"), "loopback_users = none\n");
        var server = Track("rabbitmq", Path.Combine(_root, "rabbitmq.log"));
        server.Start(Path.Combine(_rabbitBin, "rabbitmq-server"), [], _rabbitEnvironment, home);
        await server.WaitForPortAsync(_rabbitPort, TimeSpan.FromSeconds(120));
    }

    ServerProcess Track(string name, string logFile)
    {
        var process = new ServerProcess(name, logFile);
        lock (_processes)
        {
            _processes.Add(process);
        }
        return process;
    }

    public ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            process.Dispose();
        }
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A server still flushing; the temporary folder is cleaned by the OS.
        }
        return ValueTask.CompletedTask;
    }
}
