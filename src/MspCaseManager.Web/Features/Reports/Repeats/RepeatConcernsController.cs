using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;
using MspCaseManager.Web.Features.Shared;

namespace MspCaseManager.Web.Features.Reports.Repeats;

/// <summary>Adults with two or more concerns within 12 months, in the period.</summary>
[Authorize(Roles = ReportsController.Readers)]
public sealed class RepeatConcernsController(MspDbContext db, TimeProvider time, RepeatConcernsReport report) : Controller
{
    public sealed record RepeatsPage(ReportPage Report, RepeatConcernsPage? Figures, Dictionary<string, string> RouteValues);

    [HttpGet("/reports/repeat-concerns")]
    public async Task<IActionResult> Index([FromQuery] ReportFilter filter, int page = 1, CancellationToken ct = default)
    {
        var (reportPage, scope) = await ReportPages.ResolveAsync(db, User, filter, time.Today(), "Repeat concerns");
        foreach (var (field, message) in reportPage.Errors)
        {
            ModelState.AddModelError(field, message);
        }

        var figures = scope is null ? null : await report.WorkOutAsync(scope, db.VisibleAdults(User).Select(a => a.Id), Math.Max(1, page), ct);
        return View("RepeatConcerns", new RepeatsPage(reportPage, figures, reportPage.Period is { } period ? filter.RouteValues(period) : []));
    }
}
