using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using MspCaseManager.Domain.Staff;

namespace MspCaseManager.Web.Infrastructure.TwoFactor;

/// <summary>The <c>Security</c> configuration section.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Require two-factor authentication of every member of staff, not only leads and administrators.</summary>
    public bool RequireTwoFactorForAllUsers { get; set; }
}

/// <summary>Marks an endpoint a signed-in user may use before they have set up two-factor authentication.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowWithoutTwoFactorAttribute : Attribute;

/// <summary>
/// Safeguarding leads and administrators (everyone, with <see cref="SecurityOptions.RequireTwoFactorForAllUsers"/>)
/// must use two-factor authentication. Until they have set it up, every page except set-up and
/// sign-out sends them to <c>/account/two-factor</c>. Applied to the whole app here, not per controller.
/// </summary>
public sealed class TwoFactorRequirementMiddleware(RequestDelegate next, IOptions<SecurityOptions> options)
{
    public const string EnrolmentPath = "/account/two-factor";

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        var endpoint = context.GetEndpoint();
        if (user.Identity?.IsAuthenticated == true
            && MustUseTwoFactor(user, options.Value)
            && !HasTwoFactor(user)
            && endpoint is not null
            && endpoint.Metadata.GetMetadata<AllowWithoutTwoFactorAttribute>() is null
            && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
        {
            context.Response.Redirect(EnrolmentPath);
            return Task.CompletedTask;
        }

        return next(context);
    }

    public static bool MustUseTwoFactor(ClaimsPrincipal user, SecurityOptions options) =>
        options.RequireTwoFactorForAllUsers || user.IsInRole(Roles.SafeguardingLead) || user.IsInRole(Roles.Administrator);

    private static bool HasTwoFactor(ClaimsPrincipal user) => user.HasClaim(StaffClaims.TwoFactorEnabled, "true");
}
