using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MspCaseManager.Data.Identity;

namespace MspCaseManager.Web.Infrastructure;

/// <summary>Adds the member of staff's display name, team and two-factor status to their sign-in.</summary>
public sealed class StaffClaimsPrincipalFactory(
    UserManager<StaffAccount> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffAccount, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffAccount user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(StaffClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(StaffClaims.TwoFactorEnabled, user.TwoFactorEnabled ? "true" : "false"));
        if (user.TeamId is { } teamId)
        {
            identity.AddClaim(new Claim(StaffClaims.TeamId, teamId.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
