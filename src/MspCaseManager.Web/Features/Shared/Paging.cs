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

    /// <summary>Page numbers start at 1; anything smaller is page 1.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, int page, int pageSize = DefaultPageSize)
    {
        page = Math.Max(1, page);
        var total = await query.CountAsync();
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync();
        return new PagedList<T>(items, page, pageSize, total);
    }
}

/// <summary>What the GOV.UK pagination partial needs: where it is and how to link to another page.</summary>
public sealed record PaginationModel(int Page, int PageCount, Func<int, string> Href, string Label = "Pages");
