using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Infrastructure.TwoFactor;

namespace MspCaseManager.Web.Features.Session;

/// <summary>
/// "Stay signed in" from the timeout warning: any signed-in request renews the sliding session;
/// this one does nothing else. Without JavaScript the form posts here and comes back.
/// </summary>
[AllowWithoutTwoFactor]
public sealed class SessionController : Controller
{
    [HttpPost("/session/keep-alive")]
    public IActionResult KeepAlive() =>
        Request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.Ordinal) == true)
            ? Redirect(Url.ToStartPage())
            : NoContent();
}
