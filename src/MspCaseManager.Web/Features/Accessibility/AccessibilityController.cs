using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MspCaseManager.Web.Features.Accessibility;

[AllowAnonymous]
public sealed class AccessibilityController : Controller
{
    [HttpGet("/accessibility")]
    public IActionResult Statement() => View();
}
