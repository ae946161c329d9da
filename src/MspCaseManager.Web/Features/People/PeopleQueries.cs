using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.People;

namespace MspCaseManager.Web.Features.People;

/// <summary>The queries behind finding people and the person page (SQL-translatable; tested for SQL Server).</summary>
public static class PeopleQueries
{
    /// <summary>A search result; a restricted record the user cannot open has nothing but its id (never shown).</summary>
    public sealed record PersonRow(int Id, bool Restricted, string? FirstName, string? LastName, string? PreferredName, DateOnly? DateOfBirth, NhsNumber? NhsNumber, string? Postcode);

    public sealed record ConcernHistoryRow(int Id, DateOnly ReceivedOn, string Team, DecisionStatus? DecisionStatus, EnquiryRoute? Route, bool EnteredInError);

    public sealed record EnquiryHistoryRow(int Id, DateOnly OpenedOn, EnquiryType Type, EnquiryStatus Status, string Team, string? Worker, bool EnteredInError);

    public sealed record MatchCandidate(int Id, string FirstName, string LastName, DateOnly DateOfBirth, NhsNumber? NhsNumber, string? Postcode);

    /// <summary>
    /// People matching every criterion given: a name (one word matches the start of the first,
    /// last or preferred name; two or more match the start of the first and last names), a date
    /// of birth, an NHS number. Ordered by last name, first name; records among
    /// <paramref name="adults"/> that are not in <paramref name="openable"/> (restricted) come last,
    /// with no details.
    /// </summary>
    public static IQueryable<PersonRow> Search(IQueryable<Adult> adults, IQueryable<Adult> openable, string? name, DateOnly? dateOfBirth, NhsNumber? nhsNumber)
    {
        var words = (name ?? string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => new string(w.Where(c => char.IsLetter(c) || c is '\'' or '-').ToArray()))
            .Where(w => w.Length > 0)
            .ToList();
        if (words.Count == 1)
        {
            var pattern = words[0] + "%";
            adults = adults.Where(a => EF.Functions.Like(a.LastName, pattern)
                || EF.Functions.Like(a.FirstName, pattern)
                || (a.PreferredName != null && EF.Functions.Like(a.PreferredName, pattern)));
        }
        else if (words.Count > 1)
        {
            var first = words[0] + "%";
            var last = words[^1] + "%";
            adults = adults.Where(a => (EF.Functions.Like(a.FirstName, first) || (a.PreferredName != null && EF.Functions.Like(a.PreferredName, first)))
                && EF.Functions.Like(a.LastName, last));
        }

        if (dateOfBirth is { } dob)
        {
            adults = adults.Where(a => a.DateOfBirth == dob);
        }

        if (nhsNumber is not null)
        {
            adults = adults.Where(a => a.NhsNumber == nhsNumber);
        }

        return adults
            .Select(a => new { Adult = a, Hidden = !openable.Any(o => o.Id == a.Id) })
            .OrderBy(x => x.Hidden).ThenBy(x => x.Adult.LastName).ThenBy(x => x.Adult.FirstName).ThenBy(x => x.Adult.Id)
            .Select(x => x.Hidden
                ? new PersonRow(x.Adult.Id, true, null, null, null, null, null, null)
                : new PersonRow(x.Adult.Id, false, x.Adult.FirstName, x.Adult.LastName, x.Adult.PreferredName, x.Adult.DateOfBirth, x.Adult.NhsNumber, x.Adult.Postcode));
    }

    /// <summary>Everyone who could be the same person: the same NHS number or the same date of birth.</summary>
    public static IQueryable<MatchCandidate> MatchCandidates(IQueryable<Adult> adults, DateOnly dateOfBirth, NhsNumber? nhsNumber, int? exceptId) =>
        adults
            .Where(a => a.Id != exceptId && (a.DateOfBirth == dateOfBirth || (nhsNumber != null && a.NhsNumber == nhsNumber)))
            .OrderBy(a => a.LastName).ThenBy(a => a.FirstName)
            .Select(a => new MatchCandidate(a.Id, a.FirstName, a.LastName, a.DateOfBirth, a.NhsNumber, a.Postcode));

    /// <summary>The adult with their important people and legal authorities, read only.</summary>
    public static IQueryable<Adult> Person(IQueryable<Adult> adults, int id) =>
        adults.AsNoTracking()
            .Include(a => a.ImportantPeople)
            .Include(a => a.LegalAuthorities)
            .Where(a => a.Id == id);

    public static IQueryable<ConcernHistoryRow> Concerns(MspDbContext db, IQueryable<Concern> concerns, int adultId) =>
        from c in concerns
        where c.AdultId == adultId
        join t in db.Teams on c.TeamId equals t.Id
        let latest = c.Decisions.OrderByDescending(d => d.Number).FirstOrDefault()
        orderby c.ReceivedOn descending, c.Id descending
        select new ConcernHistoryRow(
            c.Id, c.ReceivedOn, t.Name,
            latest == null ? null : latest.Status,
            latest == null ? null : latest.Route,
            c.EnteredInErrorAtUtc != null);

    public static IQueryable<EnquiryHistoryRow> Enquiries(MspDbContext db, IQueryable<Enquiry> enquiries, int adultId) =>
        from e in enquiries
        where e.AdultId == adultId
        join t in db.Teams on e.TeamId equals t.Id
        orderby e.OpenedOn descending, e.Id descending
        select new EnquiryHistoryRow(
            e.Id, e.OpenedOn, e.Type, e.Status, t.Name,
            db.Users.Where(u => u.Id == e.AllocatedWorkerId).Select(u => u.DisplayName).FirstOrDefault(),
            e.EnteredInErrorAtUtc != null);

    /// <summary>
    /// Concerns about the adult received in the 12 months up to <paramref name="today"/>, in any
    /// team: repeat concerns matter wherever they were raised, and only the number is shown.
    /// Concerns entered in error do not count.
    /// </summary>
    public static IQueryable<Concern> RecentConcerns(MspDbContext db, int adultId, DateOnly today)
    {
        var since = today.AddMonths(-12);
        return db.Concerns.ThatCount().Where(c => c.AdultId == adultId && c.ReceivedOn > since);
    }
}
