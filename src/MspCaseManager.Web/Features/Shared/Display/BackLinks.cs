using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;

namespace MspCaseManager.Web.Features.Shared.Display;

/// <summary>
/// Back links go back to the list the user came from. A list page's links to a case carry
/// <c>?from=</c> and one of the names below; the page opened from it then offers "Back to" that list
/// instead of its usual back link. Only these names are honoured, so the link can never lead off
/// the service or anywhere a user was not.
/// </summary>
public static class BackLinks
{
    public const string QueryKey = "from";

    public const string MyCases = "my-cases";
    public const string TeamCaseload = "team-caseload";
    public const string TeamEnquiries = "team-enquiries";

    private static readonly Dictionary<string, (string Controller, string Action, string Text)> Lists = new(StringComparer.Ordinal)
    {
        [MyCases] = ("MyCases", "Index", "Back to my cases"),
        [TeamCaseload] = ("TeamCaseload", "Index", "Back to team caseload"),
        [TeamEnquiries] = ("TeamCaseload", "Enquiries", "Back to the team's enquiries"),
    };

    /// <summary>The list this page was opened from, when it was opened from one: where to go back to and what to call it.</summary>
    public static (string Href, string Text)? FromList(ViewContext view)
    {
        if (view?.HttpContext is null
            || view.HttpContext.Request.Query[QueryKey].ToString() is not { Length: > 0 } from || !Lists.TryGetValue(from, out var list))
        {
            return null;
        }

        var urls = view.HttpContext.RequestServices.GetRequiredService<IUrlHelperFactory>().GetUrlHelper(view);
        return urls.Action(list.Action, list.Controller) is { } href ? (href, list.Text) : null;
    }
}
