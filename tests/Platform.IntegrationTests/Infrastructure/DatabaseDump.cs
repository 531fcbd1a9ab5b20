using System.Diagnostics;
using System.Globalization;
using System.Text;
using Npgsql;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>
/// Everything a database holds, as text: `pg_dump` of the machine's PostgreSQL where it is installed (the private
/// servers), else every row of every table of the public schema as PostgreSQL prints it (servers in containers, whose
/// pg_dump is not on this machine). What an operator with the database, or a stolen backup, could read.
/// </summary>
static class DatabaseDump
{
    public static async Task<string> TextOfAsync(string connectionString)
    {
        var pgDump = FindPgDump();
        return pgDump is null ? await RowsAsTextAsync(connectionString) : await PgDumpAsync(pgDump, connectionString);
    }

    static string? FindPgDump() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(dir => Path.Combine(dir, "bin", "pg_dump"))
                .Where(File.Exists).OrderByDescending(path => path, StringComparer.Ordinal).FirstOrDefault()
            : null;

    static async Task<string> PgDumpAsync(string pgDump, string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(pgDump)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        var port = settings.Port.ToString(CultureInfo.InvariantCulture);
        string[] arguments =
            ["--host", settings.Host!, "--port", port, "--username", settings.Username!, "--no-password",
             "--dbname", settings.Database!];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"pg_dump failed: {await error}");
        return await output;
    }

    static async Task<string> RowsAsTextAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT quote_ident(table_name) FROM information_schema.tables WHERE table_schema = 'public'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            await using var rows = new NpgsqlCommand($"SELECT t::text FROM {table} t", connection);
            await using var reader = await rows.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                text.AppendLine(reader.GetString(0));
            }
        }
        return text.ToString();
    }
}
