using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Domain.Staff;

namespace MspCaseManager.Web.Features.Shared;

/// <summary>The service navigation a member of staff sees, by role. The first item is their start page.</summary>
public static class Navigation
{
    public sealed record Item(string Text, string Href);

    public static IReadOnlyList<Item> For(ClaimsPrincipal user, IUrlHelper url)
    {
        Item Page(string text, string controller, string action = "Index") => new(text, url.Action(action, controller)!);

        if (user.IsInRole(Roles.Administrator))
        {
            return [Page("Users", "StaffAccounts"), Page("Teams", "Teams")];
        }

        if (user.IsInRole(Roles.TeamManager))
        {
            return [Page("Team caseload", "TeamCaseload"), Page("Authorisations", "Authorisations"), Page("Find a person", "People"), Page("Reports", "Reports")];
        }

        if (user.IsInRole(Roles.SafeguardingLead))
        {
            return [Page("Reports", "Reports"), Page("Authorisations", "Authorisations"), Page("Find a person", "People"), Page("Audit", "Audit")];
        }

        if (user.IsInRole(Roles.SocialWorker))
        {
            return [Page("My cases", "MyCases"), Page("Find a person", "People")];
        }

        return [];
    }

    /// <summary>Where a member of staff lands after signing in.</summary>
    public static string StartPage(ClaimsPrincipal user, IUrlHelper url) =>
        For(user, url).FirstOrDefault()?.Href ?? url.Action("SignIn", "Account")!;

    /// <summary>The root, which sends each member of staff to their start page ("Go to your start page").</summary>
    public static string ToStartPage(this IUrlHelper url) => url.Action("Index", "Home")!;

    public static bool IsCurrent(Item item, PathString path) => path.StartsWithSegments(item.Href);
}
