using System.Security.Claims;
using MspCaseManager.Data;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.People;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Shared;

/// <summary>
/// Which case records a member of staff may see; the one place the rule lives. Safeguarding leads
/// see everything. Social workers and team managers see their team's concerns and enquiries, and
/// the adults those are about, plus adults their team recorded who have no concern yet.
/// Everyone else (administrators) sees nothing. Every query is SQL-translatable.
/// Controllers answer 404 for anything outside it, so a record's existence is never revealed.
/// </summary>
public static class CaseScope
{
    public static IQueryable<Adult> VisibleAdults(this MspDbContext db, ClaimsPrincipal user)
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

    public static IQueryable<Concern> VisibleConcerns(this MspDbContext db, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.SafeguardingLead))
        {
            return db.Concerns;
        }

        return TeamOf(user) is { } teamId ? db.Concerns.Where(c => c.TeamId == teamId) : db.Concerns.Where(_ => false);
    }

    public static IQueryable<Enquiry> VisibleEnquiries(this MspDbContext db, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.SafeguardingLead))
        {
            return db.Enquiries;
        }

        return TeamOf(user) is { } teamId ? db.Enquiries.Where(e => e.TeamId == teamId) : db.Enquiries.Where(_ => false);
    }

    /// <summary>
    /// Enquiries the member of staff may record in: the allocated social worker's own, and every
    /// enquiry in a team manager's team. Safeguarding leads and the rest of the team read only.
    /// </summary>
    public static IQueryable<Enquiry> EditableEnquiries(this MspDbContext db, ClaimsPrincipal user)
    {
        if (TeamOf(user) is not { } teamId)
        {
            return db.Enquiries.Where(_ => false);
        }

        if (user.IsInRole(Roles.TeamManager))
        {
            return db.Enquiries.Where(e => e.TeamId == teamId);
        }

        var userId = user.UserId();
        return db.Enquiries.Where(e => e.TeamId == teamId && e.AllocatedWorkerId == userId);
    }

    /// <summary>The team whose records a practitioner works with; null for anyone else.</summary>
    private static int? TeamOf(ClaimsPrincipal user) =>
        user.IsInRole(Roles.SocialWorker) || user.IsInRole(Roles.TeamManager) ? user.TeamIdOf() : null;
}
