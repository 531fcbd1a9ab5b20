using System.Text.RegularExpressions;
using Platform.ServiceDefaults.Http;

namespace Platform.Bidding.Recordings;

/// <summary>What a recording's registration must hold: a session that has ended, a place and a hash.</summary>
public static partial class RecordingChecks
{
    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Pattern();

    /// <summary>A storage key such as recordings/2026/12/kb-01.mp4: no scheme, no spaces, no "..".</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9/._-]{0,499}$")]
    private static partial Regex StorageKeyPattern();

    public static List<FieldError> Check(RecordingRequest request, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        if (request.Kind is null || !RecordingKinds.All.Contains(request.Kind))
        {
            errors.Add(new("kind", "录像类型应为 opening（开标）、draw（抽取）、evaluation（评标）或 auction（拍卖）。"));
        }
        if (request.StartedAt is not { } started || request.EndedAt is not { } ended)
        {
            errors.Add(new("startedAt", "请给出录像的开始和结束时间（ISO 8601，带时区）。"));
        }
        else if (started >= ended)
        {
            errors.Add(new("endedAt", "结束时间应晚于开始时间。"));
        }
        else if (ended > now)
        {
            errors.Add(new("endedAt", "录像尚未结束，结束后再登记。"));
        }
        if (!IsLocation(request.Uri))
        {
            errors.Add(new("uri", "录像位置应为 http/https 地址或存储键（如 recordings/2026/12/kb-01.mp4），不超过 500 个字符。"));
        }
        if (request.Sha256 is null || !Sha256Pattern().IsMatch(request.Sha256))
        {
            errors.Add(new("sha256", "请填写录像文件的 SHA-256 值（64 位十六进制）。"));
        }
        return errors;
    }

    static bool IsLocation(string? uri) =>
        uri is { Length: > 0 and <= 500 }
        && (System.Uri.TryCreate(uri, UriKind.Absolute, out var absolute)
            ? absolute.Scheme is "http" or "https"
            : StorageKeyPattern().IsMatch(uri) && !uri.Contains("..", StringComparison.Ordinal));
}
