using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Authorisations;
using MspCaseManager.Web.Features.Enquiries;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.TeamCaseload;

/// <summary>
/// A team manager's start page: who holds what (open enquiries per social worker, by stage, the
/// oldest, how many need attention), what nobody holds yet, and the team's open enquiries,
/// filtered and sorted from the query string.
/// </summary>
[Authorize(Roles = Roles.TeamManager)]
public sealed class TeamCaseloadController(MspDbContext db, AttentionRules attentionRules) : Controller
{
    public sealed record CaseloadPage(
        IReadOnlyList<TeamCaseloadQueries.WorkerCaseload> Workers,
        int AwaitingAuthorisation,
        PagedList<TeamCaseloadQueries.UnallocatedRow> Unallocated,
        PagedList<TeamCaseloadQueries.AwaitingDecisionRow> AwaitingDecision,
        DateOnly Today);

    public sealed record EnquiriesPage(
        TeamCaseloadFilter Filter, PagedList<CaseloadRow> Enquiries, IReadOnlyList<EnquiryQueries.Worker> Workers, NeedsAttention Attention, DateOnly Today);

    [HttpGet("/team-caseload")]
    public async Task<IActionResult> Index(int unallocatedPage = 1, int concernsPage = 1)
    {
        if (User.TeamIdOf() is not { } teamId)
        {
            return NotFound();
        }

        var attention = attentionRules.ForQueries(db);
        var loads = TeamCaseloadQueries.WorkerCaseloads(await TeamCaseloadQueries.WorkerStageCounts(db, teamId, attention).ToListAsync());
        var workers = await EnquiryQueries.TeamSocialWorkers(db, teamId).ToListAsync();

        // Every social worker in the team, holding anything or not, and anyone else still holding the team's enquiries.
        var rows = workers
            .Select(w => loads.FirstOrDefault(l => l.WorkerId == w.Id) ?? new TeamCaseloadQueries.WorkerCaseload(w.Id, w.Name, 0, 0, 0, 0, 0, null, 0))
            .Concat(loads.Where(l => workers.TrueForAll(w => w.Id != l.WorkerId)))
            .OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();

        return View(new CaseloadPage(
            rows,
            await AuthorisationQueries.Queue(db, User).CountAsync(),
            await TeamCaseloadQueries.Unallocated(db, teamId).ToPagedListAsync(unallocatedPage, Caseload.PageSize),
            await TeamCaseloadQueries.AwaitingDecision(db, teamId).ToPagedListAsync(concernsPage, Caseload.PageSize),
            attention.Today));
    }

    [HttpGet("/team-caseload/enquiries")]
    public async Task<IActionResult> Enquiries([FromQuery] TeamCaseloadFilter filter)
    {
        if (User.TeamIdOf() is not { } teamId)
        {
            return NotFound();
        }

        // A value that cannot be read is left out of the filter and explained.
        foreach (var key in ModelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).ToList())
        {
            ModelState[key]!.Errors.Clear();
            ModelState.AddModelError(key, TeamCaseloadFilter.ErrorFor(key));
        }

        // A choice that is not on the list binds as "not chosen": say so rather than ignore it.
        foreach (var (key, chosen) in new (string Key, object? Chosen)[] { (nameof(filter.Stage), filter.Stage), (nameof(filter.RiskType), filter.RiskType) })
        {
            if (chosen is null && !string.IsNullOrEmpty(Request.Query[key]))
            {
                ModelState.AddModelError(key, TeamCaseloadFilter.ErrorFor(key));
            }
        }

        if (ModelState.GetFieldValidationState(nameof(TeamCaseloadFilter.OpenMoreThanDays)) == ModelValidationState.Invalid)
        {
            filter.OpenMoreThanDays = null;
        }

        var attention = attentionRules.ForQueries(db);
        var enquiries = await Caseload.PageAsync(db, TeamCaseloadQueries.Filtered(db, teamId, filter, attention), attention, filter.Sort, filter.Page);
        var workers = await EnquiryQueries.TeamSocialWorkers(db, teamId).ToListAsync();
        return View(new EnquiriesPage(filter, enquiries, workers, attention, attention.Today));
    }
}
