using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using MspCaseManager.Data.Reliability;
using MspCaseManager.Data.Sessions;
using MspCaseManager.Web.Infrastructure.Errors;

namespace MspCaseManager.Web.Infrastructure.Sessions;

/// <summary>
/// How long a sign-in lasts: 30 minutes without a request (sliding), never more than 10 hours
/// from signing in however active, and not a moment after its server-side session has ended
/// (<see cref="StaffSessions"/>). The start and the session's key are kept in the cookie's
/// authentication properties, which survive sliding renewal and security-stamp refreshes.
/// </summary>
public static class SessionLifetime
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(10);

    /// <summary>The timeout warning shows this long before the idle timeout.</summary>
    public static readonly TimeSpan Warning = TimeSpan.FromMinutes(2);

    public const string StartedKey = "msp:session_started";

    /// <summary>The request's session key, once the sign-in has been validated.</summary>
    private const string CurrentSessionItem = "msp:current_session";

    /// <summary>Starts the server-side session on a new sign-in; a refreshed sign-in keeps its session.</summary>
    public static async Task OnSigningIn(CookieSigningInContext context)
    {
        if (context.Properties.GetString(StartedKey) is null)
        {
            var now = Clock(context.Options).GetUtcNow();
            context.Properties.SetString(StartedKey, now.ToString("O", CultureInfo.InvariantCulture));
        }

        if (context.Properties.GetString(StaffSessions.PropertyKey) is null
            && context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            var sessions = context.HttpContext.RequestServices.GetRequiredService<StaffSessions>();
            context.Properties.SetString(StaffSessions.PropertyKey, await sessions.StartAsync(userId));
        }
    }

    /// <summary>
    /// Ends sessions past their absolute lifetime or ended on the server, then checks the security
    /// stamp as Identity does.
    /// </summary>
    public static async Task OnValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (context.HttpContext.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            // The error page for a failed request (perhaps because the database is unavailable)
            // is shown without the session, and so without touching the database.
            context.RejectPrincipal();
            return;
        }

        try
        {
            await ValidateAsync(context);
        }
        catch (Exception e) when (DatabaseFailures.IsUnavailable(e))
        {
            // The sign-in cannot be checked: the request is answered 503, and the cookie is kept
            // for when the database is back.
            context.RejectPrincipal();
            DatabaseOutage.Flag(context.HttpContext, e);
        }
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var started = context.Properties.GetString(StartedKey);
        var expired = started is null
            || !DateTimeOffset.TryParse(started, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var start)
            || Clock(context.Options).GetUtcNow() - start > AbsoluteLifetime;
        var sessionId = context.Properties.GetString(StaffSessions.PropertyKey);
        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var sessions = context.HttpContext.RequestServices.GetRequiredService<StaffSessions>();
        if (expired || sessionId is null || userId is null
            || !await sessions.IsOpenAsync(sessionId, userId, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
            return;
        }

        context.HttpContext.Items[CurrentSessionItem] = sessionId;
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>Any sign-out of a validated session (the button, an expired or refused session) ends it on the server.</summary>
    public static async Task OnSigningOut(CookieSigningOutContext context)
    {
        if (context.HttpContext.Items[CurrentSessionItem] is string sessionId)
        {
            context.HttpContext.Items.Remove(CurrentSessionItem);
            await context.HttpContext.RequestServices.GetRequiredService<StaffSessions>().EndAsync(sessionId, SessionEndReason.SignedOut);
        }
    }

    private static TimeProvider Clock(CookieAuthenticationOptions options) => options.TimeProvider ?? TimeProvider.System;
}
