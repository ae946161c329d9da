using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;

namespace MspCaseManager.Web.Features.Reports.Repeats;

/// <summary>
/// Adults with two or more concerns received within any 12 months of the period, most concerns
/// first, a page at a time: the adults are found and counted in SQL (a self-join of concerns
/// within a year of each other), and only the page's concern dates are read.
/// </summary>
public sealed class RepeatConcernsReport(MspDbContext db)
{
    public const int PageSize = 50;

    public async Task<RepeatConcernsPage> WorkOutAsync(ReportScope scope, IQueryable<int> openable, int page, CancellationToken ct = default)
    {
        var (from, to) = (scope.Period.From, scope.Period.To);
        var concerns = scope.Concerns(db).Where(c => c.ReceivedOn >= from && c.ReceivedOn <= to);
        var repeated = (from first in concerns
                        from second in concerns
                        where second.AdultId == first.AdultId && second.Id != first.Id
                            && second.ReceivedOn >= first.ReceivedOn && (second.ReceivedOn > first.ReceivedOn || second.Id > first.Id)
                            && second.ReceivedOn < first.ReceivedOn.AddYears(1)
                        select first.AdultId).Distinct();

        var counted = concerns.Where(c => repeated.Contains(c.AdultId))
            .GroupBy(c => c.AdultId)
            .Select(g => new { AdultId = g.Key, Count = g.Count(), Latest = g.Max(c => c.ReceivedOn) });
        var total = await counted.CountAsync(ct);
        var rows = await counted.OrderByDescending(r => r.Count).ThenByDescending(r => r.Latest).ThenBy(r => r.AdultId)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Join(db.Adults, r => r.AdultId, a => a.Id, (r, a) => new
            {
                r.AdultId, r.Count, a.FirstName, a.LastName, CanOpen = openable.Contains(r.AdultId),
            })
            .ToListAsync(ct);

        var ids = rows.Select(r => r.AdultId).ToList();
        var dates = (await concerns.Where(c => ids.Contains(c.AdultId)).Select(c => new { c.AdultId, c.ReceivedOn }).ToListAsync(ct))
            .ToLookup(c => c.AdultId, c => c.ReceivedOn);
        return new RepeatConcernsPage(
            total,
            page,
            rows.Select(r => new RepeatConcernRow(
                r.AdultId, r.CanOpen ? $"{r.FirstName} {r.LastName}" : null, r.Count, r.CanOpen ? dates[r.AdultId].Order().ToList() : [])).ToList());
    }
}

/// <summary>One page of the repeat-concerns list.</summary>
public sealed record RepeatConcernsPage(int Total, int Page, IReadOnlyList<RepeatConcernRow> Rows);

/// <summary>An adult with repeat concerns; name and dates only for users who may open the adult's record.</summary>
public sealed record RepeatConcernRow(int AdultId, string? Name, int Concerns, IReadOnlyList<DateOnly> Dates);
