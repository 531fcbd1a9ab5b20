using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Edge;

/// <summary>The embedded mode has no migrations: a data file of another schema stops the start with what to do.</summary>
public sealed class EmbeddedSchemaTests : IDisposable
{
    readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_restart_on_the_same_files_keeps_the_data_and_a_file_of_another_schema_is_refused()
    {
        await using (var first = new StandaloneFactory(_data.Path))
        {
            var client = first.CreateClient();
            client.WithToken(await client.SignInAsync("disclosure01"));
            await client.PostAsJsonAsync("/api/disclosure/requests", new
            {
                channel = "online",
                applicantCategory = "natural",
                applicantName = "李四",
                identityNo = "11010519491231002X",
                description = "某文件",
            });
        }
        await using (var again = new StandaloneFactory(_data.Path))
        {
            var client = again.CreateClient();
            client.WithToken(await client.SignInAsync("disclosure01"));
            Assert.Equal(1, (await client.GetFromJsonAsync<JsonElement>("/api/disclosure/requests")).GetProperty("total").GetInt32());
        }

        // As if written by another version of the platform.
        var file = Directory.GetFiles(_data.Path, "disclosure*.db").Single();
        await using (var connection = new SqliteConnection($"Data Source={file}"))
        {
            await connection.OpenAsync();
            await using var command = new SqliteCommand("PRAGMA user_version = 42;", connection);
            await command.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearAllPools();
        await using var refused = new StandaloneFactory(_data.Path);
        var failure = Assert.ThrowsAny<Exception>(() => refused.CreateClient());
        Assert.Contains("created by another version of the platform", failure.ToString());
    }
}
