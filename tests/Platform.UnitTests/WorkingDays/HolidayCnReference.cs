using System.Text.Json;

namespace Platform.UnitTests.WorkingDays;

/// <summary>The mirror of the State Council notices in ../shared/data/holiday-cn, read independently of the library.</summary>
static class HolidayCnReference
{
    public static string Folder { get; } = FindFolder();

    /// <summary>Every date any notice names, with (name, isOffDay); a later year's notice wins.</summary>
    public static Dictionary<DateOnly, (string Name, bool IsOffDay)> AllNamedDays()
    {
        var days = new Dictionary<DateOnly, (string, bool)>();
        foreach (var file in Directory.GetFiles(Folder, "*.json").Order())
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var day in document.RootElement.GetProperty("days").EnumerateArray())
            {
                days[DateOnly.Parse(day.GetProperty("date").GetString()!)] =
                    (day.GetProperty("name").GetString()!, day.GetProperty("isOffDay").GetBoolean());
            }
        }
        return days;
    }

    public static string YearFile(int year) => File.ReadAllText(Path.Combine(Folder, $"{year}.json"));

    static string FindFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
        {
            directory = directory.Parent;
        }
        var folder = directory is null ? null : Path.Combine(directory.FullName, "..", "shared", "data", "holiday-cn");
        return folder is not null && Directory.Exists(folder)
            ? folder
            : throw new InvalidOperationException("../shared/data/holiday-cn (beside the repository) is needed for this cross-check.");
    }
}
