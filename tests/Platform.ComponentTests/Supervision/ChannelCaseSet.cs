using System.Globalization;
using Platform.Contracts.Catalogue;
using Platform.Contracts.Intake;

namespace Platform.ComponentTests.Supervision;

/// <summary>
/// A randomised (fixed seed) set of cases through the three channels and the four-plus-one service points, and
/// DESIGN §5's figures computed here from the set alone, independently of supervision. An "old publisher" case sends
/// an ApplicationAccepted without the channel fields (counted as a window case at the county hall with one visit).
/// </summary>
public sealed class ChannelCaseSet
{
    public const string County = "510181-000", Town = "510181-101", Village1 = "510181-101-01", Village2 = "510181-101-02";
    /// <summary>A town point some cases name but catalogue never published.</summary>
    public const string Unpublished = "510181-102";

    public static readonly Dictionary<string, (string Name, string Level)> Published = new()
    {
        [County] = ("县政务服务中心", "county"),
        [Town] = ("城关镇便民服务中心", "town"),
        [Village1] = ("东风村便民代办点", "village"),
        [Village2] = ("和平社区便民代办点", "village"),
    };

    public sealed record Matter(string Code, string Department, bool Instant, int? Statutory, int Promised);
    public sealed record Completion(DateTimeOffset At, int Used);
    public sealed record Delivery(string Method, DateTimeOffset At, int Visits);

    public sealed record Case(string CaseNo, Matter Matter, string Window, DateTimeOffset AcceptedAt, DateOnly Due,
        string? Channel, string? PointCode, string Level, int AcceptedVisits, Completion? Completion, Delivery? Delivery)
    {
        public bool OldPublisher => Channel is null;
        public DateOnly Accepted => DateOnly.FromDateTime(AcceptedAt.ToOffset(TimeSpan.FromHours(8)).DateTime);
        public DateOnly? Completed => Completion is null ? null : DateOnly.FromDateTime(Completion.At.ToOffset(TimeSpan.FromHours(8)).DateTime);
        public bool OnTheSpot => Completed == Accepted;
        public bool OnTime => Completion!.Used <= Matter.Promised;
        public string EffectiveChannel => Channel ?? "window";
        public string PointKey => PointCode ?? County;
        public int Visits => Delivery?.Visits ?? AcceptedVisits;
    }

    static readonly Matter[] Matters =
    [
        new("SB-001", "RSJ", false, 20, 5), new("MZ-002", "MZJ", true, 5, 0), new("NY-003", "NYJ", false, null, 10),
        new("HJ-004", "GAJ", false, 15, 3),
    ];

    public List<Case> Cases { get; } = [];

    public ChannelCaseSet(int seed, int count)
    {
        var random = new Random(seed);
        var start = new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.FromHours(8));
        for (var i = 1; i <= count; i++)
        {
            var matter = Matters[random.Next(Matters.Length)];
            var accepted = start.AddDays(random.Next(0, 61)).AddHours(random.Next(9, 17)).AddMinutes(random.Next(60));
            var roll = random.Next(100);
            var (channel, point, level, visits) = roll switch
            {
                < 20 => (null, null, "county", 1),
                < 55 => ("window", random.Next(10) < 7 ? County : Town, "county", random.Next(5) == 0 ? 2 : 1),
                < 80 => ("online", random.Next(10) == 0 ? null : County, "county", 0),
                _ => ("agent", new[] { Town, Village1, Village2, Village1, Unpublished }[random.Next(5)], "", 1),
            };
            level = point is null ? "county" : point == Unpublished ? "town" : Published[point].Level;
            Completion? completion = null;
            Delivery? delivery = null;
            if (random.Next(100) < 75)
            {
                var days = matter.Instant && random.Next(3) > 0 ? 0 : random.Next(0, 25);
                var at = days == 0 ? accepted.AddMinutes(30) : accepted.AddDays(days);
                completion = new Completion(at, days == 0 ? 0 : random.Next(1, 16));
                if (channel is not null && random.Next(100) < 80)
                {
                    var method = new[] { "window", "post", "electronic" }[random.Next(3)];
                    var handedOver = channel == "window" && days == 0;
                    delivery = new Delivery(method, at.AddDays(random.Next(0, 4)),
                        visits + (method == "window" && !handedOver ? 1 : 0));
                }
            }
            var due = DateOnly.FromDateTime(accepted.DateTime).AddDays(matter.Promised * 7 / 5 + random.Next(0, 3));
            Cases.Add(new Case($"CH{i:D5}", matter, $"B0{random.Next(1, 4)}", accepted, due, channel, point, level,
                visits, completion, delivery));
        }
    }

    public static ApplicationAccepted Accepted(Case c) => c.OldPublisher
        ? new(c.CaseNo, c.Matter.Code, "事项" + c.Matter.Code, c.Matter.Department, c.Matter.Instant ? "instant" : "promised",
            c.Matter.Statutory, c.Matter.Promised, c.Window, "natural", c.AcceptedAt, c.Due, "2025", false)
        : new(c.CaseNo, c.Matter.Code, "事项" + c.Matter.Code, c.Matter.Department, c.Matter.Instant ? "instant" : "promised",
            c.Matter.Statutory, c.Matter.Promised, c.Window, "natural", c.AcceptedAt, c.Due, "2025", false,
            Channel: c.Channel!, PointCode: c.PointCode, PointLevel: c.Level, Visits: c.AcceptedVisits);

    public static CaseCompleted Completed(Case c) =>
        new(c.CaseNo, c.Matter.Code, c.Matter.Department, c.Window, "approved", c.AcceptedAt, c.Completion!.At,
            c.Completion.Used, 0, c.OnTheSpot, c.OnTime, c.Matter.Statutory, c.Matter.Promised, "2025");

    public static CaseResultDelivered Delivered(Case c) =>
        new(c.CaseNo, c.Delivery!.Method, c.Delivery.Method == "post" ? "SF1234567890" : null,
            c.Delivery.Method == "electronic" ? new string('a', 64) : null, c.Delivery.At, c.Delivery.Visits);

    public static ServicePointPublished Point(string code, string name, DateTimeOffset at) =>
        new(code, name, Published[code].Level, code == County ? null : code.Length > 10 ? Town : County,
            "地址", "9:00-17:00", "028-00000000", [], at);

    public static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
