using Platform.Catalogue.Points;
using Platform.ServiceDefaults.Http;

namespace Platform.Catalogue.Matters;

/// <summary>
/// The optional intakeLevels column of a catalogue CSV: levels separated by ';', '；', '、' or '|', each county/town/
/// village or 县/镇/村, 县级/镇级/村级. Empty means the county hall only; the county hall is added when omitted
/// (a matter a village may take in, the county hall takes in too).
/// </summary>
static class IntakeLevelsColumn
{
    public static IReadOnlyList<string> Parse(string text, int row, List<RowError> errors)
    {
        var levels = new List<string>();
        var items = text.Split([';', '；', '、', '|'],
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var item in items)
        {
            if (PointLevels.Parse(item) is { } level)
            {
                levels.Add(level);
            }
            else
            {
                errors.Add(new RowError(row, "intakeLevels",
                    $"办理层级“{item}”无法识别（可用：county/town/village 或 县/镇/村、县级/镇级/村级，以“;”“、”或“|”分隔）。"));
            }
        }
        return PointLevels.Normalise(levels);
    }
}
