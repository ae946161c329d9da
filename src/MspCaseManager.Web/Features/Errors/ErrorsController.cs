using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MspCaseManager.Web.Features.Errors;

/// <summary>GOV.UK error pages. Nothing here shows exception details.</summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("/error/{statusCode:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Show(int statusCode)
    {
        Response.StatusCode = statusCode is >= 400 and <= 599 ? statusCode : StatusCodes.Status500InternalServerError;
        return Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => View("NotFound"),
            StatusCodes.Status403Forbidden => View("Forbidden"),
            StatusCodes.Status400BadRequest => View("BadRequest"),
            >= 500 => View("ServerError"),
            _ => View("BadRequest"),
        };
    }
}
