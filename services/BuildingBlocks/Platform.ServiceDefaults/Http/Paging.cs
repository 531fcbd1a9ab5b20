using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.ServiceDefaults.Http;

public static class Paging
{
    /// <summary>
    /// The page asked for (page from 1, 20 a page by default, at most 100), or the problem that refuses it.
    /// </summary>
    public static ProblemHttpResult? TryRead(int? page, int? pageSize, out int pageNumber, out int size)
    {
        (pageNumber, size) = (page ?? 1, pageSize ?? 20);
        return pageNumber < 1 || size is < 1 or > 100
            ? Problems.Invalid([new("page", "page 从 1 开始，pageSize 为 1 到 100。")])
            : null;
    }
}
