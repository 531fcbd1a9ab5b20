using System.Text.RegularExpressions;
using Platform.ServiceDefaults.Http;
using Platform.WorkingDays;

namespace Platform.Disclosure.Requests;

/// <summary>One row of a request import: its checks, and the request it becomes.</summary>
static partial class RequestImportRow
{
    public static DisclosureRequest? Read(CsvRow cells, WorkingDayCalendar calendar, List<RowError> errors)
    {
        var line = cells.Line;
        void Error(string column, string message) => errors.Add(new RowError(line, column, message));

        var requestNo = cells["requestNo"];
        if (!RequestNoPattern().IsMatch(requestNo))
        {
            Error("requestNo", "申请编号必填，最长 32 位，只能包含字母、数字、短横线和下划线。");
        }
        var category = RequestCodes.CategoryCode(cells["applicantCategory"]);
        if (category is null)
        {
            Error("applicantCategory", "应为 natural、commercial、research、public-interest、legal-service 或 other。");
        }
        var channel = RequestCodes.ChannelCode(cells["channel"]);
        if (channel is null)
        {
            Error("channel", "应为 in-person、online、letter、fax、email 或 other。");
        }
        var receivedAt = Dates.Instant(cells["receivedAt"]);
        if (receivedAt is null)
        {
            Error("receivedAt", "应为带时区的 ISO-8601 时间，如 2025-03-02T10:00:00+08:00。");
        }
        var outcome = cells["outcome"];
        DateTimeOffset? repliedAt = null;
        if (outcome.Length == 0 && cells["repliedAt"].Length > 0)
        {
            Error("outcome", "已答复的申请须填写办理结果代码。");
        }
        if (outcome.Length > 0)
        {
            if (!RequestCodes.IsOutcome(outcome))
            {
                Error("outcome", "应为 3.1、3.2、3.3.1…3.3.8、3.4.1…3.4.3、3.5.1…3.5.5、3.6.1…3.6.3 之一，未答复则留空。");
            }
            repliedAt = Dates.Instant(cells["repliedAt"]);
            if (repliedAt is null)
            {
                Error("repliedAt", "有办理结果的申请须填写带时区的答复时间。");
            }
            else if (receivedAt is not null && repliedAt < receivedAt)
            {
                Error("repliedAt", "答复时间早于收到时间。");
            }
        }
        if (category is null || channel is null || receivedAt is null || (outcome.Length > 0 && repliedAt is null))
        {
            return null;
        }

        var request = new DisclosureRequest
        {
            RequestNo = requestNo,
            ApplicantCategory = category,
            Channel = channel,
            ApplicantName = "（历史导入）",
            Imported = true,
        };
        RequestClock.Receive(request, receivedAt.Value, calendar);
        request.Timeline.Add(new(receivedAt.Value, "received", "历史数据导入", null));
        if (repliedAt is { } replied)
        {
            RequestClock.Reply(request, outcome, null, replied);
            request.Timeline.Add(new(replied, "replied", $"答复：{outcome}", null));
        }
        return request;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$")]
    private static partial Regex RequestNoPattern();
}
