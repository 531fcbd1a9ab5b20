using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Platform.ComponentTests.Architecture;

/// <summary>
/// docs/architecture.md's layering: building blocks know no service (not even its contracts), and inside a service the
/// feature folders depend on each other one way only (the Data folder, which holds the DbContext, is shared by all).
/// </summary>
public sealed class LayeringTests
{
    static readonly string Root = RepositoryRoot.Path;

    [Fact]
    public void Building_blocks_reference_no_service_and_no_contracts()
    {
        var blocks = Path.Combine(Root, "services", "BuildingBlocks");
        var projects = Directory.GetFiles(blocks, "*.csproj", SearchOption.AllDirectories);
        Assert.NotEmpty(projects);
        foreach (var project in projects)
        {
            foreach (var reference in References(project))
            {
                Assert.True(reference.StartsWith(blocks, StringComparison.Ordinal),
                    $"{Path.GetFileName(project)} references {reference}: a building block may only use other building blocks.");
            }
            foreach (var file in SourceFiles(Path.GetDirectoryName(project)!))
            {
                Assert.DoesNotContain("Platform.Contracts", File.ReadAllText(file), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Feature_folders_of_a_service_depend_on_each_other_one_way()
    {
        var circles = new List<string>();
        foreach (var service in Directory.GetDirectories(Path.Combine(Root, "services")).Where(d => Path.GetFileName(d) != "BuildingBlocks"))
        {
            var name = Path.GetFileName(service);
            var folders = Directory.GetDirectories(service).Select(Path.GetFileName).OfType<string>()
                .Where(f => f is not ("Data" or "bin" or "obj" or "Properties")).ToHashSet();
            var uses = folders.ToDictionary(f => f, _ => new HashSet<string>());
            foreach (var folder in folders)
            {
                foreach (var file in SourceFiles(Path.Combine(service, folder)))
                {
                    var text = File.ReadAllText(file);
                    foreach (var other in folders.Where(o => o != folder))
                    {
                        // A using of the other folder's namespace, or a name qualified by it (Cases.CaseClock).
                        if (text.Contains($"Platform.{name}.{other};", StringComparison.Ordinal)
                            || text.Contains($"Platform.{name}.{other}.", StringComparison.Ordinal)
                            || Regex.IsMatch(text, $@"(?<![\w.]){other}\.[A-Z]"))
                        {
                            uses[folder].Add(other);
                        }
                    }
                }
            }
            circles.AddRange(from a in folders
                             from b in uses[a]
                             where string.CompareOrdinal(a, b) < 0 && uses[b].Contains(a)
                             select $"{name}: {a} ↔ {b}");
        }
        Assert.True(circles.Count == 0, "Feature folders that use each other: " + string.Join("; ", circles));
    }

    static IEnumerable<string> References(string project) =>
        XDocument.Load(project).Descendants("ProjectReference").Select(reference =>
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, reference.Attribute("Include")!.Value)));

    static IEnumerable<string> SourceFiles(string directory) =>
        Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
}
