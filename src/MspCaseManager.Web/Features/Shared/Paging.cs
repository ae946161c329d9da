using Microsoft.EntityFrameworkCore;

namespace MspCaseManager.Web.Features.Shared;

/// <summary>One page of a list, read from the database with Skip/Take.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int FirstItem => Total == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    public int LastItem => Math.Min(Total, Page * PageSize);
}

public static class Paging
{
    public const int DefaultPageSize = 20;

    /// <summary>
    /// The page to show of <paramref name="total"/> items: page numbers start at 1, anything smaller
    /// is page 1, and a page past the end (an old link to a list that has since shrunk) is the last.
    /// </summary>
    public static int Clamp(int page, int total, int pageSize) =>
        Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));

    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, int page, int pageSize = DefaultPageSize)
    {
        var total = await query.CountAsync();
        page = Clamp(page, total, pageSize);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync();
        return new PagedList<T>(items, page, pageSize, total);
    }
}

/// <summary>What the GOV.UK pagination partial needs: where it is and how to link to another page.</summary>
public sealed record PaginationModel(int Page, int PageCount, Func<int, string> Href, string Label = "Pages");
