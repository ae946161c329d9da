using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace MspCaseManager.Web.Infrastructure.Sessions;

/// <summary>
/// How long a sign-in lasts: 30 minutes without a request (sliding), and never more than 10
/// hours from signing in, however active. The start is kept in the cookie's authentication
/// properties, which survive sliding renewal and security-stamp refreshes.
/// </summary>
public static class SessionLifetime
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(10);

    /// <summary>The timeout warning shows this long before the idle timeout.</summary>
    public static readonly TimeSpan Warning = TimeSpan.FromMinutes(2);

    public const string StartedKey = "msp:session_started";

    public static Task OnSigningIn(CookieSigningInContext context)
    {
        if (context.Properties.GetString(StartedKey) is null)
        {
            var now = Clock(context.Options).GetUtcNow();
            context.Properties.SetString(StartedKey, now.ToString("O", CultureInfo.InvariantCulture));
        }

        return Task.CompletedTask;
    }

    /// <summary>Ends sessions past their absolute lifetime, then checks the security stamp as Identity does.</summary>
    public static async Task OnValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var started = context.Properties.GetString(StartedKey);
        var expired = started is null
            || !DateTimeOffset.TryParse(started, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var start)
            || Clock(context.Options).GetUtcNow() - start > AbsoluteLifetime;
        if (expired)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    private static TimeProvider Clock(CookieAuthenticationOptions options) => options.TimeProvider ?? TimeProvider.System;
}
