using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Domain.Staff;

namespace MspCaseManager.Web.Features.Reports;

/// <summary>
/// The reports start page: the MSP outcomes report, what happened to concerns, repeat concerns
/// and the SAC return. Safeguarding leads see every team; team managers their own team.
/// </summary>
[Authorize(Roles = Readers)]
public sealed class ReportsController(TimeProvider time) : Controller
{
    /// <summary>Who may open reports: safeguarding leads (all teams) and team managers (their team).</summary>
    public const string Readers = Roles.SafeguardingLead + "," + Roles.TeamManager;

    public sealed record IndexPage(FinancialYear Year);

    [HttpGet("/reports")]
    public IActionResult Index() => View(new IndexPage(FinancialYear.Containing(time.Today())));
}
