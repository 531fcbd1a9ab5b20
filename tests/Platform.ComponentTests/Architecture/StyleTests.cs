namespace Platform.ComponentTests.Architecture;

/// <summary>
/// DESIGN §8's style where the build cannot check it (the build enforces the .editorconfig's code style, and CI runs
/// `dotnet format whitespace --verify-no-changes`): lines of production code fit in 120 characters and each file holds
/// one public type named after it. Generated migrations are left out.
/// </summary>
public sealed class StyleTests
{
    const int MaxLineLength = 120;
    static readonly string Root = RepositoryRoot.Path;

    [Fact]
    public void Production_lines_fit_in_120_characters()
    {
        var longLines = ProductionFiles()
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(l => l.line.Length > MaxLineLength)
            .Select(l => $"{Path.GetRelativePath(Root, l.file)}:{l.number} ({l.line.Length})")
            .ToList();
        Assert.True(longLines.Count == 0, "Lines over 120 characters: " + string.Join(", ", longLines.Take(20)));
    }

    [Fact]
    public void Each_production_file_holds_one_public_type_named_after_it()
    {
        var declaration = new System.Text.RegularExpressions.Regex(
            @"^(?:public |internal )?(?:static |sealed |abstract |partial |readonly )*(?:class|record|struct|interface|enum)(?: struct| class)? (\w+)",
            System.Text.RegularExpressions.RegexOptions.Multiline);
        var wrong = new List<string>();
        foreach (var file in ProductionFiles())
        {
            var types = declaration.Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).ToList();
            var name = Path.GetFileNameWithoutExtension(file);
            if (types.Count > 1 || (types.Count == 1 && types[0] != name))
            {
                wrong.Add($"{Path.GetRelativePath(Root, file)}: {string.Join(", ", types)}");
            }
        }
        Assert.True(wrong.Count == 0, "Files with several top-level types or named after none: " + string.Join("; ", wrong));
    }

    static IEnumerable<string> ProductionFiles() =>
        new[] { "services", "gateway", "contracts", "deploy" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(Root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !Path.GetRelativePath(Root, file).Split(Path.DirectorySeparatorChar)
                .Any(part => part is "obj" or "bin" or "Migrations"));
}
