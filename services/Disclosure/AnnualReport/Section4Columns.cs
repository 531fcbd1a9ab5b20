namespace Platform.Disclosure.AnnualReport;

public static class Section4Columns
{
    public static readonly IReadOnlyList<string> All =
    [
        "review-upheld", "review-corrected", "review-other", "review-pending", "review-total",
        "direct-upheld", "direct-corrected", "direct-other", "direct-pending", "direct-total",
        "after-review-upheld", "after-review-corrected", "after-review-other", "after-review-pending",
        "after-review-total",
    ];
}
