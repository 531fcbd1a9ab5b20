namespace Platform.ServiceDefaults.Persistence;

/// <summary>Which keys of an import a table already holds (so the import skips them).</summary>
public static class ExistingKeys
{
    const int Slice = 500;

    /// <summary>
    /// Looks the keys up in slices: an import may hold a million, and one IN list that long would exceed what the
    /// databases accept as parameters of one command.
    /// </summary>
    public static async Task<HashSet<string>> InSlicesAsync(
        IEnumerable<string> keys, Func<string[], Task<List<string>>> lookup)
    {
        var found = new HashSet<string>();
        foreach (var slice in keys.Chunk(Slice))
        {
            found.UnionWith(await lookup(slice));
        }
        return found;
    }
}
