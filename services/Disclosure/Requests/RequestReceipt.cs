using Platform.ServiceDefaults.Http;
using Platform.WorkingDays;

namespace Platform.Disclosure.Requests;

/// <summary>
/// When a request was received, the day its 20 working days count from (DESIGN §6; 《政府信息公开条例》第三十一条):
/// a letter or fax is registered with its real receipt (签收) time, which may not be in the future nor earlier than
/// 1 January of last year (older requests come in through the history import); an online request is received when
/// the server takes it, so a time sent with one is refused rather than silently ignored; a request handed in person,
/// by e-mail or otherwise may give its receipt time and is otherwise received now.
/// </summary>
static class RequestReceipt
{
    public static DateTimeOffset? Read(string? channel, string? receivedAt, DateTimeOffset now,
        List<FieldError> errors)
    {
        if (channel == "online")
        {
            if (receivedAt is not null)
            {
                errors.Add(new("receivedAt", "网上申请以系统收到申请的时间为准，不能另填收到时间。"));
            }
            return now;
        }
        if (receivedAt is null)
        {
            if (channel is "letter" or "fax")
            {
                errors.Add(new("receivedAt", "信函、传真申请须填写实际收到（签收）的时间，答复期限从收到之日起算。"));
            }
            return now;
        }
        if (Dates.Instant(receivedAt) is not { } instant)
        {
            errors.Add(new("receivedAt", "收到时间应为带时区的 ISO-8601 时间，如 2026-12-01T10:00:00+08:00。"));
            return null;
        }
        if (instant > now)
        {
            errors.Add(new("receivedAt", $"收到时间不能晚于现在（{now.ToOffset(HallTime.Offset):yyyy-MM-dd HH:mm}）。"));
            return null;
        }
        var earliest = new DateOnly(HallTime.DateOf(now).Year - 1, 1, 1);
        if (HallTime.DateOf(instant) < earliest)
        {
            errors.Add(new("receivedAt",
                $"收到时间早于 {earliest:yyyy年M月d日}：更早收到的申请请通过历史数据导入登记。"));
            return null;
        }
        return instant;
    }
}
