using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Domain.Staff;

namespace MspCaseManager.Web.Features.Reports;

/// <summary>A safeguarding lead's start page: outcome reports and the SAC return.</summary>
[Authorize(Roles = Roles.SafeguardingLead)]
public sealed class ReportsController : Controller
{
    [HttpGet("/reports")]
    public IActionResult Index() => View();
}
