using FluentValidation;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Infrastructure;
using MspCaseManager.Web.Infrastructure.Binding;
using MspCaseManager.Web.Infrastructure.Drafts;
using MspCaseManager.Web.Infrastructure.Errors;
using MspCaseManager.Web.Infrastructure.Submissions;

namespace MspCaseManager.Web.Startup;

public static class WebSetup
{
    /// <summary>The largest request body accepted: the longest case note is far smaller.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    /// <summary>The most fields one form may post (a best-interests decision with every option and factor is far fewer).</summary>
    public const int MaxFormFields = 1000;

    /// <summary>
    /// MVC with feature folders (views beside their controller, see <see cref="FeatureFolders"/>),
    /// anti-forgery validated on every unsafe method, ids bound from the route only, enums bound
    /// from their member names only, the same answer everywhere for a missing record or a
    /// duplicate save, and the FluentValidation validators that sit beside their forms.
    /// </summary>
    public static void AddWebFeatures(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add<CaseRecordAuditFilter>();
                options.Filters.Add<KnownFailuresFilter>();
                options.Filters.Add<OneSubmissionFilter>();
                options.Conventions.Add(new RouteValuesFromRouteOnly());
                options.ModelBinderProviders.Insert(0, new DefinedEnumModelBinderProvider());
            })
            .AddRazorOptions(options =>
            {
                options.ViewLocationFormats.Clear();
                options.ViewLocationFormats.Add("/Features/Shared/{0}" + RazorViewEngine.ViewExtension);
                options.ViewLocationExpanders.Add(new FeatureFolders());
            });

        var plainHttp = IdentitySetup.RunsOnPlainHttp(builder.Environment);
        builder.Services.AddAntiforgery(options =>
        {
            IdentitySetup.SecureCookie(options.Cookie, "MspCaseManager.Antiforgery", plainHttp);
            options.FormFieldName = "__RequestVerificationToken";
        });

        // Validators are registered from this assembly and called explicitly by each action (MVC's
        // automatic validation is not used: it cannot run async rules, and FluentValidation's
        // maintainers advise against it).
        builder.Services.AddValidatorsFromAssemblyContaining<CaseRecordAuditFilter>(ServiceLifetime.Scoped);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<PartWayDrafts>();

        // Request size limits: a body or form beyond them is refused (413 or 400) before any action runs.
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.ValueCountLimit = MaxFormFields;
            form.KeyLengthLimit = 256;
            form.ValueLengthLimit = (int)MaxRequestBodyBytes;
            form.MultipartBodyLengthLimit = MaxRequestBodyBytes;
            form.MultipartHeadersLengthLimit = 16 * 1024;
        });

        builder.Services.AddExceptionHandler<DatabaseOutageHandler>();
        builder.Services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(365);
            hsts.IncludeSubDomains = true;
        });
    }

    /// <summary>
    /// GOV.UK error pages: outside Development an unhandled exception renders the error page (503
    /// when the database is unavailable, 500 otherwise; no stack traces), and 4xx responses
    /// without a body render /error/{status}.
    /// </summary>
    public static void UseErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error/500",
                StatusCodeSelector = DatabaseOutage.StatusCodeFor,
            });
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseRequestLimits();
    }

    /// <summary>A request whose sign-in could not be checked because the database is unavailable is answered 503.</summary>
    public static void UseDatabaseOutagePage(this WebApplication app) => DatabaseOutage.AnswerFlaggedRequests(app);

    /// <summary>Security headers on every response, and HSTS (a year, subdomains included) outside Development.</summary>
    public static void UseSecurityBasics(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
    }
}
