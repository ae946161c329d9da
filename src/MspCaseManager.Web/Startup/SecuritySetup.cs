using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using MspCaseManager.Data.Audit;
using MspCaseManager.Data.Keys;
using MspCaseManager.Web.Infrastructure.Audit;

namespace MspCaseManager.Web.Startup;

public static class SecuritySetup
{
    public const string ApplicationName = "MspCaseManager";

    /// <summary>
    /// The audit trail (automatic change capture attributed to the signed-in user, and
    /// <see cref="IAuditLog"/> for views, exports, authorisations and sign-ins) and data-protection
    /// keys kept in the database, so every instance shares one key ring.
    /// </summary>
    public static void AddAuditAndKeys(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ICurrentActor, HttpContextActor>();
        builder.Services.AddScoped<IAuditLog, AuditLog>();

        builder.Services.AddDataProtection().SetApplicationName(ApplicationName);
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceScopeFactory>((options, scopes) => options.XmlRepository = new DatabaseXmlRepository(scopes));
    }

    /// <summary>Audits refusals (403 and 404) given to signed-in members of staff.</summary>
    public static void UseAccessDeniedAudit(this WebApplication app) =>
        app.UseMiddleware<AccessDeniedAuditMiddleware>();
}
