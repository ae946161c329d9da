using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace MspCaseManager.Web.Features.Errors;

/// <summary>
/// GOV.UK error pages, for any method: a failed POST is re-executed here as a POST. The action
/// binds nothing and needs no anti-forgery token, so a body that could not be read (too large,
/// malformed) cannot break the page that explains it. Nothing here shows exception details.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("/error/{statusCode:int}")]
    public IActionResult Show()
    {
        // After an exception the handler has already chosen the status (500, or 503 when the
        // database is unavailable); otherwise it is the status in the address.
        var status = HttpContext.Features.Get<IExceptionHandlerFeature>() is not null && Response.StatusCode >= 500
            ? Response.StatusCode
            : int.TryParse(RouteData.Values["statusCode"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : 500;
        Response.StatusCode = status is >= 400 and <= 599 ? status : StatusCodes.Status500InternalServerError;
        return Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => View("NotFound"),
            StatusCodes.Status403Forbidden => View("Forbidden"),
            StatusCodes.Status409Conflict => View("Conflict"),
            StatusCodes.Status413PayloadTooLarge => View("TooLarge"),
            StatusCodes.Status503ServiceUnavailable => View("ServiceUnavailable"),
            >= 500 => View("ServerError"),
            _ => View("BadRequest"),
        };
    }
}
