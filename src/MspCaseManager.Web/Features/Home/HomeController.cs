using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Web.Features.Shared;

namespace MspCaseManager.Web.Features.Home;

/// <summary>The root sends each member of staff to their own start page.</summary>
public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => Redirect(Navigation.StartPage(User, Url));
}
