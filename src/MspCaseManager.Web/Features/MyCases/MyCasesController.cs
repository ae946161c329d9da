using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Domain.Staff;

namespace MspCaseManager.Web.Features.MyCases;

/// <summary>A social worker's start page: the enquiries allocated to them.</summary>
[Authorize(Roles = Roles.SocialWorker)]
public sealed class MyCasesController : Controller
{
    [HttpGet("/my-cases")]
    public IActionResult Index() => View();
}
