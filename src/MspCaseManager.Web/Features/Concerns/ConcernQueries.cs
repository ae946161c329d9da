using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Concerns;

namespace MspCaseManager.Web.Features.Concerns;

/// <summary>The queries behind the concern page (SQL-translatable; tested for SQL Server).</summary>
public static class ConcernQueries
{
    public sealed record Heading(int AdultId, string AdultName, string Team, string RecordedBy, int? EnquiryId);

    public sealed record DecisionRow(S42Decision Decision, string DecidedBy, string? ReviewedBy);

    /// <summary>The concern with its risk types and decisions, read only.</summary>
    public static IQueryable<Concern> Concern(IQueryable<Concern> concerns, int id) =>
        concerns.AsNoTracking().Include(c => c.Decisions).Where(c => c.Id == id);

    public static IQueryable<Heading> HeadingOf(MspDbContext db, int id) =>
        from c in db.Concerns
        where c.Id == id
        join a in db.Adults on c.AdultId equals a.Id
        join t in db.Teams on c.TeamId equals t.Id
        join u in db.Users on c.RecordedByUserId equals u.Id
        select new Heading(a.Id, a.FirstName + " " + a.LastName, t.Name, u.DisplayName,
            db.Enquiries.Where(e => e.ConcernId == c.Id).Select(e => (int?)e.Id).FirstOrDefault());
}
