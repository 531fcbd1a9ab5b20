using Platform.Bidding.Rooms;

namespace Platform.Bidding.Demo;

/// <summary>The demo trading centre's rooms: one of each kind and a second evaluation room.</summary>
static class DemoRooms
{
    static readonly (string Code, string Name, string Kind)[] Rooms =
    [
        ("KB-01", "第一开标室", RoomKinds.Opening),
        ("PB-01", "第一评标室", RoomKinds.Evaluation),
        ("PB-02", "第二评标室", RoomKinds.Evaluation),
        ("CQ-01", "专家抽取室", RoomKinds.Draw),
        ("PM-01", "拍卖大厅", RoomKinds.Auction),
    ];

    public static List<Room> Create(DateTimeOffset createdAt) => Rooms.Select(r => new Room
    {
        Id = Guid.NewGuid(),
        Code = r.Code,
        Name = r.Name,
        Kind = r.Kind,
        CreatedAt = createdAt,
    }).ToList();
}
