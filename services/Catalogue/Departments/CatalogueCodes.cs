namespace Platform.Catalogue.Departments;

/// <summary>
/// Codes that name a resource in a URL (a department code, a window number): ASCII letters, digits, '-' and '_',
/// so they fit a Location header and a path segment as they are.
/// </summary>
public static class CatalogueCodes
{
    public static bool IsValid(string code, int maxLength) =>
        code.Length > 0 && code.Length <= maxLength
        && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
