using NJsonSchema;
using NJsonSchema.Validation;

namespace Platform.ComponentTests.Bidding;

/// <summary>
/// The OCDS 1.1 release package schema (draft-04) from ../shared/data/ocds beside the repository. The package schema
/// names release-schema.json by its URL; here that reference points at the file beside it, so nothing is fetched.
/// </summary>
static class OcdsSchema
{
    public const string ReleaseSchemaUrl = "https://standard.open-contracting.org/schema/1__1__5/release-schema.json";

    public static string Folder { get; } = FindFolder();

    static readonly Lazy<Task<JsonSchema>> Package = new(async () =>
    {
        var path = Path.Combine(Folder, "release-package-schema.json");
        var text = await File.ReadAllTextAsync(path);
        Assert.Contains(ReleaseSchemaUrl, text);
        return await JsonSchema.FromJsonAsync(text.Replace(ReleaseSchemaUrl, "release-schema.json"), path);
    });

    /// <summary>Every error of the package against the schema, one line each; empty when it is valid.</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(string packageJson) =>
        (await Package.Value).Validate(packageJson).SelectMany(Flatten).Select(e => $"{e.Kind} {e.Path}").ToList();

    /// <summary>An error inside a referenced schema (each release) comes as one error holding the real ones.</summary>
    static IEnumerable<ValidationError> Flatten(ValidationError error) => error is ChildSchemaValidationError child
        ? [error, .. child.Errors.Values.SelectMany(errors => errors).SelectMany(Flatten)]
        : [error];

    static string FindFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
        {
            directory = directory.Parent;
        }
        var folder = directory is null ? null : Path.Combine(directory.FullName, "..", "shared", "data", "ocds");
        return folder is not null && File.Exists(Path.Combine(folder, "release-package-schema.json"))
            ? folder
            : throw new InvalidOperationException("../shared/data/ocds (beside the repository) is needed for this check.");
    }
}
