using Platform.ServiceDefaults.Http;

namespace Platform.Disclosure.Validation;

/// <summary>
/// The declared limits of disclosure's free text, and the checks every request body applies to it. A one-line field
/// (title, document number, issuing body, names) never carries markup: what the public or an officer sees printed
/// is exactly what was typed, so '&lt;' and '&gt;' are refused rather than silently escaped or stripped.
/// </summary>
static class TextRules
{
    public const int Title = 300;
    public const int Name = 100;
    public const int DocumentNo = 100;
    public const int Contact = 40;
    public const int ThirdParty = 200;
    public const int AttachmentName = 200;
    public const int AttachmentUrl = 2000;
    public const int Attachments = 20;
    public const int Reason = 2000;
    public const int Description = 4000;
    public const int NarrativePart = 20_000;
    /// <summary>A publication's body: generous (the annual report's printable page is one), but finite.</summary>
    public const int Body = 200_000;

    static readonly char[] Forbidden = ['<', '>', '\r', '\n'];

    /// <summary>
    /// A one-line text: when given (or when <paramref name="required"/>), at most <paramref name="max"/> characters,
    /// without '&lt;', '&gt;' or line breaks. <paramref name="what"/> names the field in the message ("标题").
    /// </summary>
    public static void Line(List<FieldError> errors, string field, string what, string? value, int max,
        bool required)
    {
        if (Text(errors, field, what, value, max, required) && value is not null
            && value.AsSpan().IndexOfAny(Forbidden) >= 0)
        {
            errors.Add(new(field, $"{what}不能包含“<”“>”或换行（不接受 HTML 标记），请删除后重新提交。"));
        }
    }

    /// <summary>A text of one or more lines: when given (or required), at most <paramref name="max"/> characters.
    /// </summary>
    /// <returns>Whether the text is present and within its length.</returns>
    public static bool Text(List<FieldError> errors, string field, string what, string? value, int max,
        bool required)
    {
        if (value?.Length > max)
        {
            errors.Add(new(field, $"{what}最长 {max} 字，收到 {value.Length} 字。"));
            return false;
        }
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(new(field, $"请填写{what}（最长 {max} 字）。"));
            }
            return false;
        }
        return true;
    }
}
