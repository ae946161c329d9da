using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Domain.Staff;

namespace MspCaseManager.Web.Features.TeamCaseload;

/// <summary>A team manager's start page: their team's concerns and enquiries.</summary>
[Authorize(Roles = Roles.TeamManager)]
public sealed class TeamCaseloadController : Controller
{
    [HttpGet("/team-caseload")]
    public IActionResult Index() => View();
}
