namespace Platform.Bidding.Record;

/// <summary>A project's latest record entry: publishing these daily fixes every chain as it stood.</summary>
public sealed record HeadHash(Guid ProjectId, int Seq, string Hash);
