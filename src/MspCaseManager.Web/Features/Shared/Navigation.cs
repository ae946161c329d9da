using System.Security.Claims;
using MspCaseManager.Domain.Staff;

namespace MspCaseManager.Web.Features.Shared;

/// <summary>The service navigation a member of staff sees, by role. The first item is their start page.</summary>
public static class Navigation
{
    public sealed record Item(string Text, string Href);

    public static IReadOnlyList<Item> For(ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Administrator))
        {
            return [new("Users", "/admin/users"), new("Teams", "/admin/teams")];
        }

        if (user.IsInRole(Roles.TeamManager))
        {
            return [new("Team caseload", "/team-caseload"), new("Authorisations", "/authorisations"), new("Find a person", "/people"), new("Reports", "/reports")];
        }

        if (user.IsInRole(Roles.SafeguardingLead))
        {
            return [new("Reports", "/reports"), new("Authorisations", "/authorisations"), new("Find a person", "/people"), new("Audit", "/audit")];
        }

        if (user.IsInRole(Roles.SocialWorker))
        {
            return [new("My cases", "/my-cases"), new("Find a person", "/people")];
        }

        return [];
    }

    /// <summary>Where a member of staff lands after signing in.</summary>
    public static string StartPage(ClaimsPrincipal user) => For(user).FirstOrDefault()?.Href ?? "/sign-in";

    public static bool IsCurrent(Item item, PathString path) => path.StartsWithSegments(item.Href);
}
