namespace Platform.Supervision.Disclosure;

/// <summary>A disclosure request's reply as supervision learnt it (政务公开 oversight: replied on time or not).</summary>
public sealed class DisclosureReply
{
    public required string RequestNo { get; set; }
    public required string ApplicantCategory { get; set; }
    public DateOnly ReceivedDate { get; set; }
    public DateOnly RepliedDate { get; set; }
    public required string Outcome { get; set; }
    public DateOnly? DueDate { get; set; }
    public bool OnTime { get; set; }
}
