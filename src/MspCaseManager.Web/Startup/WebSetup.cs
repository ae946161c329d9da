using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Startup;

public static class WebSetup
{
    /// <summary>
    /// MVC with feature folders (views beside their controller, see <see cref="FeatureFolders"/>), anti-forgery
    /// validated on every unsafe method, and the FluentValidation validators that sit beside
    /// their forms.
    /// </summary>
    public static void AddWebFeatures(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add<CaseRecordAuditFilter>();
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

        builder.Services.AddValidatorsBesideTheirForms();
        builder.Services.AddHttpContextAccessor();
    }

    /// <summary>
    /// Registers every <see cref="IValidator{T}"/> in this assembly (the DI package for
    /// FluentValidation is not used; validators are called explicitly by controllers).
    /// </summary>
    private static void AddValidatorsBesideTheirForms(this IServiceCollection services)
    {
        var validators = typeof(WebSetup).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
                .Select(i => (Service: i, Implementation: t)));
        foreach (var (service, implementation) in validators)
        {
            services.AddScoped(service, implementation);
        }
    }

    /// <summary>
    /// GOV.UK error pages: unhandled exceptions render /error/500 (no stack traces) outside
    /// Development, and 4xx responses without a body render /error/{status}.
    /// </summary>
    public static void UseErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
    }

    public static void UseSecurityBasics(this WebApplication app) =>
        app.UseMiddleware<SecurityHeadersMiddleware>();
}
