namespace Platform.ComponentTests.Security;

/// <summary>
/// Values for path parameters: plausible ones by parameter name (a test may put in those of records it created), and
/// garbage: markup, quotes, a percent sign, a backslash and an emoji; or 400 digits (past every length and integer
/// bound).
/// </summary>
public sealed class PathValues
{
    public const string Plausible = "plausible";

    /// <summary>The variants every route with parameters is called with: name → value for a parameter name.</summary>
    public static readonly IReadOnlyList<string> Variants = [Plausible, "garbage", "400 digits"];

    readonly Dictionary<string, string> _plausible = new()
    {
        ["username"] = "applicant01",
        ["date"] = "2026-03-02",
        ["year"] = "2025",
        ["code"] = "SC-001",
        ["line"] = "SCJGJ",
        ["number"] = "A001",
        ["id"] = "0b9d6f3e-8a52-4a8e-9a55-3f1f6c0d2a11",
        ["caseNo"] = "SL202603020001",
        ["requestNo"] = "YSQ20260001",
        ["dimension"] = "departments",
        ["month"] = "2026-02",
        ["rest"] = "no/such/page",
    };

    /// <summary>Uses this value for the parameter from now on (e.g. the number of a case the test created).</summary>
    public PathValues Set(string name, string value)
    {
        _plausible[name] = value;
        return this;
    }

    public Func<string, string> For(string variant) => variant switch
    {
        Plausible => name => _plausible.TryGetValue(name, out var value) ? value : "x",
        "garbage" => _ => "<script>'\"; DROP--%\\😀",
        _ => _ => new string('9', 400),
    };
}
