namespace Platform.Bidding.Rooms;

/// <summary>What a room serves: the opening, the evaluation, draws, auctions.</summary>
public static class RoomKinds
{
    public const string Opening = "opening";
    public const string Evaluation = "evaluation";
    public const string Draw = "draw";
    public const string Auction = "auction";

    public static readonly IReadOnlySet<string> All = new HashSet<string>([Opening, Evaluation, Draw, Auction]);
}
