using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Reports;

/// <summary>What every report page works out before its figures: the period and filters from the query string, and whose figures the user may see.</summary>
public static class ReportPages
{
    /// <summary>Financial years offered: this one and the five before it.</summary>
    public static IReadOnlyList<FinancialYear> YearsUpTo(DateOnly today)
    {
        var current = FinancialYear.Containing(today).StartYear;
        return Enumerable.Range(0, 6).Select(i => new FinancialYear(current - i)).ToList();
    }

    public static async Task<(ReportPage Page, ReportScope? Scope)> ResolveAsync(
        MspDbContext db, ClaimsPrincipal user, ReportFilter filter, DateOnly today, string title)
    {
        var (period, errors) = filter.Resolve(today);
        var isLead = user.IsInRole(Roles.SafeguardingLead);
        var teams = isLead ? await db.Teams.OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync() : [];
        var ownTeam = isLead ? null : await db.Teams.Where(t => t.Id == user.TeamIdOf()).Select(t => t.Name).SingleOrDefaultAsync() ?? "Your team";
        var page = new ReportPage(title, filter, period, errors, teams.Select(t => (t.Id, t.Name)).ToList(), ownTeam, YearsUpTo(today));
        return (page, period is null ? null : ReportScope.For(user, period, filter));
    }
}
