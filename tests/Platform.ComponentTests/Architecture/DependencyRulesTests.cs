using System.Xml.Linq;

namespace Platform.ComponentTests.Architecture;

/// <summary>DESIGN §1 and §3: services stay apart, and MassTransit stays on the free 8.x line.</summary>
public sealed class DependencyRulesTests
{
    static readonly string Root = RepositoryRoot.Path;

    [Fact]
    public void No_service_references_another_services_project()
    {
        var services = Directory.GetDirectories(Path.Combine(Root, "services"))
            .Where(dir => Path.GetFileName(dir) != "BuildingBlocks").ToList();
        Assert.Equal(6, services.Count);

        foreach (var service in services)
        {
            foreach (var project in Directory.GetFiles(service, "*.csproj", SearchOption.AllDirectories))
            {
                var references = XDocument.Load(project).Descendants("ProjectReference")
                    .Select(reference => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, reference.Attribute("Include")!.Value)));
                foreach (var reference in references)
                {
                    var allowed = reference.StartsWith(Path.Combine(Root, "contracts"), StringComparison.Ordinal)
                        || reference.StartsWith(Path.Combine(Root, "services", "BuildingBlocks"), StringComparison.Ordinal);
                    Assert.True(allowed, $"{Path.GetFileName(project)} references {reference}: only contracts and building blocks are allowed.");
                }
            }
        }
    }

    [Fact]
    public void MassTransit_is_pinned_exactly_to_8_5_12()
    {
        var versions = XDocument.Load(Path.Combine(Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .Where(package => package.Attribute("Include")!.Value.StartsWith("MassTransit", StringComparison.Ordinal))
            .ToDictionary(package => package.Attribute("Include")!.Value, package => package.Attribute("Version")!.Value);

        Assert.Contains("MassTransit", versions.Keys);
        Assert.All(versions.Values, version => Assert.Equal("[8.5.12]", version));
        Assert.Equal("8.5.12", typeof(MassTransit.IBus).Assembly.GetName().Version!.ToString(3));
    }
}
