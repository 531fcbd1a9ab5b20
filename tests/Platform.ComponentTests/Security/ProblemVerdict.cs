using System.Text.Json;

namespace Platform.ComponentTests.Security;

/// <summary>
/// DESIGN §7: every error is an RFC 9457 problem with a message a person can act on, never a stack trace. A 5xx is
/// always wrong here (the requests are merely bad); a 4xx must be application/problem+json whose status matches and
/// whose title and detail are there and read as Chinese (an English framework message or an exception's text is
/// not something the hall's users can act on).
/// </summary>
public static class ProblemVerdict
{
    const int ExcerptLength = 240;

    static readonly string[] Leaks = ["Exception", "System.", "Microsoft.", "   at ", "StackTrace"];

    /// <summary>Null when the answer is acceptable, else what is wrong with it and an excerpt of the body.</summary>
    public static async Task<string?> JudgeAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status < 400)
        {
            return null;
        }
        var body = await response.Content.ReadAsStringAsync();
        var problem = status >= 500 ? "server error" : WhatIsWrong(response, status, body);
        return problem is null ? null : $"{status} {problem}: {Excerpt(body)}";
    }

    static string? WhatIsWrong(HttpResponseMessage response, int status, string body)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"not a problem (Content-Type {response.Content.Headers.ContentType?.MediaType ?? "none"})";
        }
        JsonElement json;
        try
        {
            json = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            return "problem body is not JSON";
        }
        if (json.ValueKind != JsonValueKind.Object)
        {
            return "problem body is not an object";
        }
        if (!json.TryGetProperty("status", out var stated) || stated.ValueKind != JsonValueKind.Number
            || stated.GetInt32() != status)
        {
            return "problem without its status";
        }
        if (!Readable(json, "title"))
        {
            return "problem without a Chinese title";
        }
        if (!Readable(json, "detail"))
        {
            return "problem without a Chinese detail";
        }
        return Leaks.Any(body.Contains) ? "problem leaking internals" : null;
    }

    static bool Readable(JsonElement problem, string name) =>
        problem.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.String
        && text.GetString()!.Any(c => c is >= '\u4e00' and <= '\u9fff');

    static string Excerpt(string body) =>
        body.Length <= ExcerptLength ? body : body[..ExcerptLength] + "…";
}
