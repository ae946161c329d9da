using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Authorisations;

/// <summary>
/// One queue of everything waiting for a manager's sign-off: a team manager sees their team's s42
/// decisions and closure requests (their own marked as waiting for another manager); a
/// safeguarding lead sees those that no other manager of the team can sign off.
/// </summary>
[Authorize(Roles = Roles.TeamManager + "," + Roles.SafeguardingLead)]
public sealed class AuthorisationsController(MspDbContext db, TimeProvider time) : Controller
{
    public const int PageSize = 25;

    public sealed record QueuePage(PagedList<AuthorisationItem> Items, string UserId, bool IsLead, DateOnly Today);

    [HttpGet("/authorisations")]
    public async Task<IActionResult> Index(int page = 1) =>
        View(new QueuePage(
            await AuthorisationQueries.Queue(db, User).ToPagedListAsync(page, PageSize),
            User.UserId(),
            User.IsInRole(Roles.SafeguardingLead),
            time.Today()));
}
