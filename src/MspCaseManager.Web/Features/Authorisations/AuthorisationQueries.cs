using System.Security.Claims;
using MspCaseManager.Data;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Web.Features.Shared;

namespace MspCaseManager.Web.Features.Authorisations;

/// <summary>What a manager signs off.</summary>
public enum AuthorisationKind
{
    [Label("s42 decision")]
    Decision,

    [Label("Closure")]
    Closure,
}

/// <summary>One thing waiting for a manager's sign-off (a class with setters, so the union can be ordered and paged in SQL).</summary>
public sealed class AuthorisationItem
{
    public AuthorisationKind Kind { get; init; }

    /// <summary>The concern (a decision) or the enquiry (a closure).</summary>
    public int RecordId { get; init; }

    public string AdultName { get; init; } = "";

    public string Team { get; init; } = "";

    /// <summary>The route the decision chose; null for a closure.</summary>
    public EnquiryRoute? Route { get; init; }

    public string RequestedByUserId { get; init; } = "";

    public string RequestedBy { get; init; } = "";

    public DateTime RequestedAtUtc { get; init; }
}

/// <summary>The authorisation queue: every s42 decision and closure request the user may sign off, oldest first, in one SQL query.</summary>
public static class AuthorisationQueries
{
    /// <summary>
    /// Decisions and closure requests awaiting authorisation in the user's sign-off scope
    /// (<see cref="CaseScope.ReviewableConcerns"/>, <see cref="CaseScope.ReviewableEnquiries"/>):
    /// a manager's team, including their own (shown as waiting for another manager); for a
    /// safeguarding lead, those no other manager of the team can sign off. Oldest first.
    /// </summary>
    public static IQueryable<AuthorisationItem> Queue(MspDbContext db, ClaimsPrincipal user)
    {
        var decisions =
            from c in db.ReviewableConcerns(user)
            from d in c.Decisions
            where d.Status == DecisionStatus.AwaitingAuthorisation
            join a in db.Adults on c.AdultId equals a.Id
            join t in db.Teams on c.TeamId equals t.Id
            join u in db.Users on d.DecidedByUserId equals u.Id
            select new AuthorisationItem
            {
                Kind = AuthorisationKind.Decision,
                RecordId = c.Id,
                AdultName = a.FirstName + " " + a.LastName,
                Team = t.Name,
                Route = d.Route,
                RequestedByUserId = d.DecidedByUserId,
                RequestedBy = u.DisplayName,
                RequestedAtUtc = d.RecordedAtUtc,
            };
        var closures =
            from e in db.ReviewableEnquiries(user)
            from r in e.ClosureRequests
            where r.Decision == DecisionStatus.AwaitingAuthorisation
            join a in db.Adults on e.AdultId equals a.Id
            join t in db.Teams on e.TeamId equals t.Id
            join u in db.Users on r.RequestedByUserId equals u.Id
            select new AuthorisationItem
            {
                Kind = AuthorisationKind.Closure,
                RecordId = e.Id,
                AdultName = a.FirstName + " " + a.LastName,
                Team = t.Name,
                Route = null,
                RequestedByUserId = r.RequestedByUserId,
                RequestedBy = u.DisplayName,
                RequestedAtUtc = r.RequestedAtUtc,
            };
        return decisions.Concat(closures).OrderBy(i => i.RequestedAtUtc).ThenBy(i => i.Kind).ThenBy(i => i.RecordId);
    }
}
