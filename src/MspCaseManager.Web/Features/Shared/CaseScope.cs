using System.Security.Claims;
using MspCaseManager.Data;
using MspCaseManager.Data.Identity;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.People;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Shared;

/// <summary>
/// Which case records a member of staff may open and which they may change; the one place the
/// rule lives (docs/security.md, "Access model"). Every query is SQL-translatable.
/// <list type="bullet">
/// <item><b>Team scope</b>: a team's concerns and enquiries, the adults those are about, and adults
/// the team recorded who have no concern yet.</item>
/// <item><b>Read</b> (<c>Visible*</c>): safeguarding leads everything, records entered in error
/// included; social workers and team managers their team scope, leaving out concerns and enquiries
/// entered in error (<see cref="EnteredInError.Counts{T}"/>), except that a restricted adult (and their concerns and enquiries)
/// opens only for the team's managers and the social workers holding (or who held) an enquiry about them.
/// Administrators nothing.</item>
/// <item><b>Change</b> (<c>Editable*</c>): team managers what they can read; social workers the
/// enquiries allocated to them now (a worker an enquiry was reallocated from keeps reading it, and
/// no longer changes it), the concerns they recorded or whose enquiry they hold, and the
/// adults on their caseload (an enquiry they hold or a concern they recorded, or recorded by their
/// team with no concern yet). Safeguarding leads and administrators nothing.</item>
/// <item><b>Sign-off</b> (<c>Reviewable*</c>): team managers their team's s42 decisions and closure
/// requests (never their own); safeguarding leads those nobody else can sign off, where the team
/// has no other active manager.</item>
/// </list>
/// Any social worker or team manager may record a new concern about an adult they can read, and
/// the s42 decision on a concern they can read (screening is team work).
/// Controllers answer 404 for anything outside scope, so a record's existence is never revealed;
/// they show change links only when the record is in the change scope.
/// </summary>
public static class CaseScope
{
    public static IQueryable<Adult> VisibleAdults(this MspDbContext db, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.SafeguardingLead))
        {
            return db.Adults;
        }

        var adults = db.FindableAdults(user);
        if (user.IsInRole(Roles.TeamManager))
        {
            return adults;
        }

        var closed = ClosedTo(db, user);
        return adults.Where(a => !closed.Contains(a.Id));
    }

    public static IQueryable<Concern> VisibleConcerns(this MspDbContext db, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.SafeguardingLead))
        {
            return db.Concerns;
        }

        if (TeamOf(user) is not { } teamId)
        {
            return db.Concerns.Where(_ => false);
        }

        var concerns = db.Concerns.ThatCount().Where(c => c.TeamId == teamId);
        if (user.IsInRole(Roles.TeamManager))
        {
            return concerns;
        }

        var closed = ClosedTo(db, user);
        return concerns.Where(c => !closed.Contains(c.AdultId));
    }

    public static IQueryable<Enquiry> VisibleEnquiries(this MspDbContext db, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.SafeguardingLead))
        {
            return db.Enquiries;
        }

        if (TeamOf(user) is not { } teamId)
        {
            return db.Enquiries.Where(_ => false);
        }

        var enquiries = db.Enquiries.ThatCount().Where(e => e.TeamId == teamId);
        if (user.IsInRole(Roles.TeamManager))
        {
            return enquiries;
        }

        var closed = ClosedTo(db, user);
        return enquiries.Where(e => !closed.Contains(e.AdultId));
    }

    public static IQueryable<Adult> EditableAdults(this MspDbContext db, ClaimsPrincipal user)
    {
        if (!IsPractitioner(user))
        {
            return db.Adults.Where(_ => false);
        }

        var adults = db.VisibleAdults(user);
        if (user.IsInRole(Roles.TeamManager))
        {
            return adults;
        }

        var userId = user.UserId();
        return adults.Where(a =>
            db.Enquiries.Any(e => e.AdultId == a.Id && e.AllocatedWorkerId == userId)
            || db.Concerns.Any(c => c.AdultId == a.Id && c.RecordedByUserId == userId)
            || !db.Concerns.Any(c => c.AdultId == a.Id));
    }

    public static IQueryable<Concern> EditableConcerns(this MspDbContext db, ClaimsPrincipal user)
    {
        if (!IsPractitioner(user))
        {
            return db.Concerns.Where(_ => false);
        }

        var concerns = db.VisibleConcerns(user);
        if (user.IsInRole(Roles.TeamManager))
        {
            return concerns;
        }

        var userId = user.UserId();
        return concerns.Where(c =>
            c.RecordedByUserId == userId || db.Enquiries.Any(e => e.ConcernId == c.Id && e.AllocatedWorkerId == userId));
    }

    public static IQueryable<Enquiry> EditableEnquiries(this MspDbContext db, ClaimsPrincipal user)
    {
        if (!IsPractitioner(user))
        {
            return db.Enquiries.Where(_ => false);
        }

        var enquiries = db.VisibleEnquiries(user);
        if (user.IsInRole(Roles.TeamManager))
        {
            return enquiries;
        }

        var userId = user.UserId();
        return enquiries.Where(e => e.AllocatedWorkerId == userId);
    }

    /// <summary>
    /// Adults a search may list: everyone for safeguarding leads, the team scope for practitioners,
    /// restricted or not. Search shows a restricted adult the user cannot open (not in
    /// <see cref="VisibleAdults"/>) as "Restricted record", with no details.
    /// </summary>
    public static IQueryable<Adult> FindableAdults(this MspDbContext db, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.SafeguardingLead))
        {
            return db.Adults;
        }

        if (TeamOf(user) is not { } teamId)
        {
            return db.Adults.Where(_ => false);
        }

        return db.Adults.Where(a =>
            db.Concerns.Any(c => c.AdultId == a.Id && c.TeamId == teamId)
            || (a.CreatedByTeamId == teamId && !db.Concerns.Any(c => c.AdultId == a.Id)));
    }

    /// <summary>Whether the user may restrict an adult's record and lift the restriction: the team's managers.</summary>
    public static IQueryable<Adult> RestrictableAdults(this MspDbContext db, ClaimsPrincipal user) =>
        user.IsInRole(Roles.TeamManager) ? db.VisibleAdults(user) : db.Adults.Where(_ => false);

    /// <summary>
    /// Concerns whose s42 decision awaiting authorisation the user may authorise or return: a team
    /// manager, their team's (the domain refuses a manager their own decision); a safeguarding lead,
    /// those nobody else can, because no active team manager of the concern's team other than the
    /// one who made the decision exists. Nothing can get stuck.
    /// </summary>
    public static IQueryable<Concern> ReviewableConcerns(this MspDbContext db, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.TeamManager))
        {
            return db.VisibleConcerns(user);
        }

        if (!user.IsInRole(Roles.SafeguardingLead))
        {
            return db.Concerns.Where(_ => false);
        }

        var managers = ActiveTeamManagers(db);
        return db.Concerns.ThatCount().Where(c => c.Decisions.Any(d => d.Status == DecisionStatus.AwaitingAuthorisation
            && !managers.Any(m => m.TeamId == c.TeamId && m.Id != d.DecidedByUserId)));
    }

    /// <summary>
    /// Enquiries whose closure request the user may authorise or return: a team manager, their
    /// team's (never their own request: a domain rule); a safeguarding lead, those no other active
    /// team manager of the enquiry's team can.
    /// </summary>
    public static IQueryable<Enquiry> ReviewableEnquiries(this MspDbContext db, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.TeamManager))
        {
            return db.VisibleEnquiries(user);
        }

        if (!user.IsInRole(Roles.SafeguardingLead))
        {
            return db.Enquiries.Where(_ => false);
        }

        var managers = ActiveTeamManagers(db);
        return db.Enquiries.ThatCount().Where(e => e.ClosureRequests.Any(r => r.Decision == DecisionStatus.AwaitingAuthorisation
            && !managers.Any(m => m.TeamId == e.TeamId && m.Id != r.RequestedByUserId)));
    }

    /// <summary>Team managers whose accounts are not disabled: who can sign off a team's decisions and closures.</summary>
    private static IQueryable<StaffAccount> ActiveTeamManagers(MspDbContext db) =>
        from u in db.Users
        where !u.IsDisabled
        where (from ur in db.UserRoles
               join r in db.Roles on ur.RoleId equals r.Id
               where ur.UserId == u.Id && r.Name == Roles.TeamManager
               select ur).Any()
        select u;

    /// <summary>
    /// Restricted adults a social worker holds, and has never held, no enquiry about: closed to
    /// them. A worker an enquiry was reallocated from keeps reading it.
    /// </summary>
    private static IQueryable<int> ClosedTo(MspDbContext db, ClaimsPrincipal socialWorker)
    {
        var userId = socialWorker.UserId();
        return db.Adults
            .Where(a => a.RestrictionReason != null && !db.Enquiries.Any(e => e.AdultId == a.Id
                && (e.AllocatedWorkerId == userId || e.Allocations.Any(h => h.WorkerId == userId))))
            .Select(a => a.Id);
    }

    private static bool IsPractitioner(ClaimsPrincipal user) => user.IsInRole(Roles.SocialWorker) || user.IsInRole(Roles.TeamManager);

    /// <summary>The team whose records a practitioner works with; null for anyone else.</summary>
    private static int? TeamOf(ClaimsPrincipal user) => IsPractitioner(user) ? user.TeamIdOf() : null;
}
