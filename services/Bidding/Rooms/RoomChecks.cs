using System.Text.RegularExpressions;
using Platform.ServiceDefaults.Http;

namespace Platform.Bidding.Rooms;

/// <summary>What a room and a booking must hold before they are stored.</summary>
public static partial class RoomChecks
{
    /// <summary>A meeting longer than this is a typing error (a day for an hour), not a booking.</summary>
    public static readonly TimeSpan LongestBooking = TimeSpan.FromHours(12);

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,15}$")]
    private static partial Regex CodePattern();

    public static List<FieldError> Check(RoomRequest request)
    {
        var errors = new List<FieldError>();
        if (request.Code is null || !CodePattern().IsMatch(request.Code))
        {
            errors.Add(new("code", "房间编号为 2 到 16 位大写字母、数字或连字符，如 KB-01。"));
        }
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > 64)
        {
            errors.Add(new("name", "请填写房间名称（不超过 64 个字符），如 第一开标室。"));
        }
        if (request.Kind is null || !RoomKinds.All.Contains(request.Kind))
        {
            errors.Add(new("kind", "房间用途应为 opening（开标室）、evaluation（评标室）、draw（抽取室）或 auction（拍卖室）。"));
        }
        return errors;
    }

    /// <summary>The booking's form: a purpose and both instants.</summary>
    public static List<FieldError> Check(BookingRequest request)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(request.Purpose) || request.Purpose.Trim().Length > 200)
        {
            errors.Add(new("purpose", "请填写用途（不超过 200 个字符），如 某项目开标。"));
        }
        if (request.From is null || request.To is null)
        {
            errors.Add(new("from", "请给出开始和结束时间（ISO 8601，带时区，如 2026-12-03T09:00:00+08:00）。"));
        }
        return errors;
    }

    /// <summary>Why the period cannot be booked (a rule, not the form: 422), or null.</summary>
    public static string? Refusal(DateTimeOffset from, DateTimeOffset to, DateTimeOffset now) =>
        from >= to ? "结束时间应晚于开始时间。"
        : to - from > LongestBooking ? "一次预约不超过 12 小时；跨天使用请分天预约。"
        : from < now ? "开始时间已过，不能预约过去的时段；请选择将来的时段。"
        : null;
}
