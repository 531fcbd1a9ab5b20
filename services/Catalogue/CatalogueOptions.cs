namespace Platform.Catalogue;

/// <summary>Section Catalogue.</summary>
public sealed class CatalogueOptions
{
    /// <summary>
    /// How often the catalogue checks that the holiday notices it needs are loaded (a warning at most once a day).
    /// </summary>
    public TimeSpan NoticeWatchInterval { get; set; } = TimeSpan.FromHours(1);
}
