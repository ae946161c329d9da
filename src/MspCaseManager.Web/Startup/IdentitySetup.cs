using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using MspCaseManager.Data;
using MspCaseManager.Data.Identity;
using MspCaseManager.Web.Infrastructure;

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
            .AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
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
            .AddDefaultTokenProviders();

        builder.Services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);

        // Disabling a user or resetting their password changes their security stamp; checking it
        // every minute ends their other sessions promptly.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "MspCaseManager.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing")
                ? CookieSecurePolicy.SameAsRequest
                : CookieSecurePolicy.Always;
            options.LoginPath = "/sign-in";
            options.LogoutPath = "/sign-out";
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
            // Forbidden is a page of its own (GOV.UK 403), not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }
}
