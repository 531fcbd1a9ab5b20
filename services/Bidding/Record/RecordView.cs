namespace Platform.Bidding.Record;

/// <summary>An entry as published: everything needed to recompute its hash.</summary>
public sealed record RecordView(int Seq, string At, string Kind, string Payload, string PrevHash, string Hash)
{
    public static RecordView Of(RecordEntry e) => new(e.Seq, e.At, e.Kind, e.Payload, e.PrevHash, e.Hash);
}
