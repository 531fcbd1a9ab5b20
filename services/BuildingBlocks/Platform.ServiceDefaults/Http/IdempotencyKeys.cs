using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.ServiceDefaults.Http;

/// <summary>
/// The Idempotency-Key rules every retryable write shares (DESIGN §7): 1–100 characters; a retry with the same key and
/// the same request gets the first answer; the same key with another request is refused, never answered with another
/// request's result.
/// </summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";

    /// <summary>The field error of a malformed key, or null when the key is absent or well formed.</summary>
    public static FieldError? Malformed(string? key) =>
        key is { Length: 0 or > 100 } ? new FieldError(Header, "幂等键长度应为 1 到 100 个字符。") : null;

    /// <summary>SHA-256 (hex) of the request as bound, so formatting and property order do not matter.</summary>
    public static string Hash<T>(T request) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request)));

    public static ProblemHttpResult Reused() =>
        Problems.Of(StatusCodes.Status422UnprocessableEntity, "idempotency-key-reused",
            "该幂等键（Idempotency-Key）已用于另一份内容不同的请求；重试请原样提交，新的请求请使用新的幂等键。");
}
