using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.TeamCaseload;

/// <summary>A team manager's start page: decisions to authorise, enquiries to allocate, and who holds what.</summary>
[Authorize(Roles = Roles.TeamManager)]
public sealed class TeamCaseloadController(MspDbContext db, TimeProvider time) : Controller
{
    public sealed record CaseloadPage(
        PagedList<TeamCaseloadQueries.AwaitingRow> Awaiting,
        PagedList<TeamCaseloadQueries.UnallocatedRow> Unallocated,
        PagedList<TeamCaseloadQueries.AdvocacyRow> AdvocacyOutstanding,
        PagedList<TeamCaseloadQueries.WorkerRow> Workers,
        DateOnly Today);

    [HttpGet("/team-caseload")]
    public async Task<IActionResult> Index(int awaitingPage = 1, int unallocatedPage = 1, int advocacyPage = 1, int workersPage = 1)
    {
        if (User.TeamIdOf() is not { } teamId)
        {
            return NotFound();
        }

        return View(new CaseloadPage(
            await TeamCaseloadQueries.AwaitingAuthorisation(db, teamId).ToPagedListAsync(awaitingPage),
            await TeamCaseloadQueries.Unallocated(db, teamId).ToPagedListAsync(unallocatedPage),
            await TeamCaseloadQueries.AdvocacyDutyOutstanding(db, teamId).ToPagedListAsync(advocacyPage),
            await TeamCaseloadQueries.OpenEnquiriesByWorker(db, teamId).ToPagedListAsync(workersPage),
            time.Today()));
    }
}
