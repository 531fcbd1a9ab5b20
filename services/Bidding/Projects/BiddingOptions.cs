namespace Platform.Bidding.Projects;

/// <summary>Section Bidding: the minimum announcement periods (DESIGN §6) and the opening window.</summary>
public sealed class BiddingOptions
{
    /// <summary>公开招标: calendar days between the announcement and the bid deadline.</summary>
    public int OpenTenderCalendarDays { get; set; } = 20;

    /// <summary>询价 and 竞争性谈判: working days between the announcement and the deadline.</summary>
    public int InquiryWorkingDays { get; set; } = 3;

    /// <summary>固定价比选 and 拍卖·挂牌: calendar days.</summary>
    public int OtherCalendarDays { get; set; } = 5;

    /// <summary>How long bidders have to supply their keys after the opening.</summary>
    public TimeSpan OpeningWindow { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>An open tender needs at least this many valid bids, else 流标.</summary>
    public int MinimumValidBids { get; set; } = 3;

    /// <summary>中标候选人公示: calendar days, at least 3 by law (checked at start).</summary>
    public int PublicityDays { get; set; } = 3;

    /// <summary>Calendar days a session's recording is kept after it ends (an open objection holds it on).</summary>
    public int RecordingRetentionDays { get; set; } = 60;
}
