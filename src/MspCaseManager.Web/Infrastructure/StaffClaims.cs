using System.Globalization;
using System.Security.Claims;
using MspCaseManager.Domain.Staff;

namespace MspCaseManager.Web.Infrastructure;

/// <summary>The claims a signed-in member of staff carries, and typed ways to read them.</summary>
public static class StaffClaims
{
    public const string DisplayName = "msp:display_name";
    public const string TeamId = "msp:team_id";

    /// <summary>"true" when the member of staff has set up two-factor authentication.</summary>
    public const string TwoFactorEnabled = "msp:two_factor";

    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in user.");

    public static string StaffName(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? string.Empty;

    public static int? TeamIdOf(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(TeamId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The member of staff as the domain's rules of who may see them.</summary>
    public static StaffMember AsStaffMember(this ClaimsPrincipal user) => new(user.UserId(), user.IsInRole(Roles.TeamManager));

    /// <summary>The one role a member of staff holds (accounts are created with exactly one).</summary>
    public static string? StaffRole(this ClaimsPrincipal user) =>
        Roles.All.FirstOrDefault(user.IsInRole);
}
