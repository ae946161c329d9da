using System.Security.Claims;
using MspCaseManager.Data;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.People;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Reports;

/// <summary>
/// Whose figures a report counts, and the filters applied to them, as SQL-translatable queries:
/// safeguarding leads every team (or the team they pick), team managers their own team only,
/// whatever the query string says. Records entered in error are never counted (<see cref="EnteredInError.Counts{T}"/>).
/// </summary>
public sealed record ReportScope(int? TeamId, ReportPeriod Period, ReportFilter Filter)
{
    public static ReportScope For(ClaimsPrincipal user, ReportPeriod period, ReportFilter filter) =>
        new(user.IsInRole(Roles.SafeguardingLead) ? filter.Team : user.TeamIdOf() ?? -1, period, filter);

    /// <summary>Enquiries of the team in scope whose concern and adult match the filters.</summary>
    /// <remarks>
    /// Without filters every enquiry is in scope and the concerns are not read at all. With them,
    /// a correlated <c>EXISTS</c> on the concern's key: the database then reads the enquiries
    /// through the index of the dates the report asks for and looks each concern up by its key,
    /// where <c>IN (SELECT …)</c> led SQLite to read every concern in scope first.
    /// </remarks>
    public IQueryable<Enquiry> Enquiries(MspDbContext db)
    {
        if (!FiltersConcerns)
        {
            return db.Enquiries.ThatCount();
        }

        var matching = Concerns(db);
        return db.Enquiries.ThatCount().Where(e => matching.Any(c => c.Id == e.ConcernId));
    }

    /// <summary>Whether any filter narrows the concerns (and so the enquiries) counted.</summary>
    public bool FiltersConcerns => TeamId is not null || Filter.Type is not null || Filter.Location is not null || Filter.Source is not null || Filter.AgeBand is not null;

    /// <summary>Concerns of the team in scope that match the filters.</summary>
    public IQueryable<Concern> Concerns(MspDbContext db)
    {
        var concerns = db.Concerns.ThatCount();
        if (TeamId is { } team)
        {
            concerns = concerns.Where(c => c.TeamId == team);
        }

        if (Filter.Type is { } type)
        {
            concerns = concerns.Where(c => c.Allegations.Any(a => a.Type == type));
        }

        if (Filter.Location is { } location)
        {
            concerns = concerns.Where(c => c.Allegations.Any(a => a.Location == location));
        }

        if (Filter.Source is { } source)
        {
            concerns = concerns.Where(c => c.Allegations.Any(a => a.Source == source));
        }

        if (Filter.AgeBand is { } band)
        {
            var (youngest, oldest) = SacAgeBands.Range(band);
            var inBand = db.Adults.Select(SacAgeBands.AgesAt(Period.To)).Where(a => a.Age >= youngest && a.Age <= oldest).Select(a => a.AdultId);
            concerns = concerns.Where(c => inBand.Contains(c.AdultId));
        }

        return concerns;
    }
}
