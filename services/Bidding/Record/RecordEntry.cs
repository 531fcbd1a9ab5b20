namespace Platform.Bidding.Record;

/// <summary>
/// One entry of a project's tamper-evident record (DESIGN §6): At and Payload are kept exactly as they were hashed;
/// Hash = hex(SHA-256(UTF-8(PrevHash + "\n" + Seq + "\n" + At + "\n" + Kind + "\n" + Payload))).
/// </summary>
public sealed class RecordEntry
{
    public Guid ProjectId { get; set; }
    public int Seq { get; set; }
    public required string At { get; set; }
    public required string Kind { get; set; }
    public required string Payload { get; set; }
    public required string PrevHash { get; set; }
    public required string Hash { get; set; }
}
