namespace Platform.ServiceDefaults.Http;

/// <summary>One page of a list (DESIGN §7: lists are paged).</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
