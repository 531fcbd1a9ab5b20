using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Platform.ComponentTests.Infrastructure;

/// <summary>Loading next year's notice through the catalogue, as an administrator does, and waiting for a service to follow.</summary>
public static class CalendarNotices
{
    /// <summary>The 2027 notice also names 2026-12-31 as part of the New Year holiday (as the 2023 notice did for 2022-12-31).</summary>
    const string Year2027 = """
        {"year":2027,"days":[{"name":"元旦","date":"2026-12-31","isOffDay":true},{"name":"元旦","date":"2027-01-01","isOffDay":true}]}
        """;

    /// <summary>Loads the 2027 notice; returns the calendar version it makes.</summary>
    public static async Task<string> Load2027Async(StandaloneFactory host)
    {
        var catalogue = host.CreateClient();
        catalogue.WithToken(await catalogue.SignInAsync("catalogue01"));
        Assert.Equal(HttpStatusCode.OK, (await catalogue.PutAsync("/api/catalogue/calendar/years/2027", new StringContent(Year2027, Encoding.UTF8, "application/json"))).StatusCode);
        return (await host.CreateClient().GetFromJsonAsync<JsonElement>("/api/catalogue/calendar/years")).GetProperty("version").GetString()!;
    }

    /// <summary>Reads until what is read records <paramref name="version"/> (the service followed the change) or 20 s pass.</summary>
    public static async Task<JsonElement> WhenFollowedAsync(string version, Func<Task<JsonElement>> read)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        JsonElement value;
        do
        {
            await Task.Delay(100);
            value = await read();
        } while (value.GetProperty("calendarVersion").GetString() != version && DateTime.UtcNow < deadline);
        Assert.Equal(version, value.GetProperty("calendarVersion").GetString());
        return value;
    }
}
