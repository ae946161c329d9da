using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using MspCaseManager.Data;
using MspCaseManager.Data.Identity;
using MspCaseManager.Web.Infrastructure;
using MspCaseManager.Web.Infrastructure.Drafts;
using MspCaseManager.Web.Infrastructure.Passwords;
using MspCaseManager.Web.Infrastructure.Sessions;
using MspCaseManager.Web.Infrastructure.TwoFactor;

namespace MspCaseManager.Web.Startup;

public static class IdentitySetup
{
    /// <summary>
    /// Staff accounts with roles and teams. Every endpoint requires a signed-in user unless it
    /// says otherwise (<see cref="AllowAnonymousAttribute"/>), so nothing is open by accident.
    /// </summary>
    public static void AddStaffIdentity(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddIdentity<StaffAccount, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                // Length and a deny-list of common passwords, no composition rules (NCSC guidance).
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<MspDbContext>()
            .AddSignInManager<StaffSignInManager>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders()
            // Replaces Identity's authenticator provider: each code is accepted once only.
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);

        // Hashes made with fewer iterations are re-hashed at the next successful sign-in.
        var iterations = PasswordHashIterations(builder.Configuration, builder.Environment);
        builder.Services.Configure<PasswordHasherOptions>(o => o.IterationCount = iterations);
        builder.Services.AddSingleton<EqualCostSignIn>();
        builder.Services.AddScoped<StaffSessions>();

        // Sessions end at once through the server-side session record; the security stamp,
        // checked every minute, also refreshes what a sign-in carries (role, team, two-factor).
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        var plainHttp = RunsOnPlainHttp(builder.Environment);
        builder.Services.ConfigureApplicationCookie(options =>
        {
            SecureCookie(options.Cookie, "MspCaseManager.Auth", plainHttp);
            options.LoginPath = "/sign-in";
            options.LogoutPath = "/sign-out";
            options.ExpireTimeSpan = SessionLifetime.IdleTimeout;
            options.SlidingExpiration = true;
            options.Events.OnSigningIn = SessionLifetime.OnSigningIn;
            options.Events.OnValidatePrincipal = SessionLifetime.OnValidatePrincipal;
            options.Events.OnSigningOut = SessionLifetime.OnSigningOut;
            // A form posted after the sign-in ended is kept and offered back after signing in.
            options.Events.OnRedirectToLogin = ExpiredSessionDrafts.OnRedirectToLogin;
            // Forbidden is a page of its own (GOV.UK 403), not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        // The short-lived cookie that carries a user between the password and the code.
        builder.Services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            SecureCookie(options.Cookie, "MspCaseManager.TwoFactor", plainHttp);
            options.ExpireTimeSpan = TimeSpan.FromMinutes(5);
        });

        builder.Services.Configure<SecurityOptions>(builder.Configuration.GetSection(SecurityOptions.SectionName));

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }

    /// <summary>PBKDF2 iterations for password hashes (HMAC-SHA512): OWASP's figure for PBKDF2-HMAC-SHA512.</summary>
    public const int ProductionPasswordHashIterations = 210_000;

    /// <summary>
    /// <c>Identity:PasswordHashIterations</c>, or <see cref="ProductionPasswordHashIterations"/>
    /// unless set. Any environment may raise it; only the Testing environment may lower it (the
    /// test suite signs in hundreds of times), so a stray setting never weakens a live system.
    /// </summary>
    public static int PasswordHashIterations(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetValue("Identity:PasswordHashIterations", ProductionPasswordHashIterations);
        return environment.IsEnvironment("Testing") ? configured : Math.Max(configured, ProductionPasswordHashIterations);
    }

    /// <summary>Development and Testing run on plain http; everything else on HTTPS only.</summary>
    public static bool RunsOnPlainHttp(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing");

    /// <summary>
    /// HttpOnly, SameSite=Lax, and outside Development and Testing (which run on plain http) sent
    /// only over HTTPS with the <c>__Host-</c> prefix, so no subdomain can set or read it.
    /// </summary>
    public static void SecureCookie(CookieBuilder cookie, string name, bool plainHttp)
    {
        cookie.Name = plainHttp ? name : "__Host-" + name;
        cookie.Path = "/";
        cookie.HttpOnly = true;
        cookie.SameSite = SameSiteMode.Lax;
        cookie.SecurePolicy = plainHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
    }

    /// <summary>Sends members of staff who must use two-factor authentication to set it up first.</summary>
    public static void UseTwoFactorRequirement(this WebApplication app) =>
        app.UseMiddleware<TwoFactorRequirementMiddleware>();
}
