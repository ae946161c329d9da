using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using MspCaseManager.Data;
using MspCaseManager.Data.Audit;
using MspCaseManager.Web.Infrastructure.Audit;

namespace MspCaseManager.Web.Startup;

public static class SecuritySetup
{
    public const string ApplicationName = "MspCaseManager";

    /// <summary>
    /// The audit trail (automatic change capture attributed to the signed-in user, and
    /// <see cref="IAuditLog"/> for views, exports, authorisations and sign-ins) and data-protection
    /// keys kept in the database, so every instance shares one key ring (see <see cref="ProtectKeysAtRest"/>).
    /// </summary>
    public static void AddAuditAndKeys(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ICurrentActor, HttpContextActor>();
        builder.Services.AddScoped<IAuditLog, AuditLog>();

        var dataProtection = builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<MspDbContext>();
        ProtectKeysAtRest(dataProtection, builder.Configuration, builder.Environment);
    }

    /// <summary>
    /// Encrypts the keys before they are stored: with the certificate in
    /// <c>DataProtection:Certificate:Path</c> (a PFX; its password in
    /// <c>DataProtection:Certificate:Password</c>) wherever one is configured, and otherwise on
    /// Windows with DPAPI-NG (the account the app runs as). On Linux without a certificate the keys
    /// are stored unencrypted and rely on the database's access control and encryption
    /// (docs/operations.md).
    /// </summary>
    public static void ProtectKeysAtRest(IDataProtectionBuilder dataProtection, IConfiguration configuration, IHostEnvironment environment)
    {
        var path = configuration["DataProtection:Certificate:Path"];
        if (!string.IsNullOrWhiteSpace(path))
        {
            var fullPath = Path.IsPathRooted(path) ? path : Path.Combine(environment.ContentRootPath, path);
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(
                fullPath, configuration["DataProtection:Certificate:Password"],
                OperatingSystem.IsMacOS() ? X509KeyStorageFlags.DefaultKeySet : X509KeyStorageFlags.EphemeralKeySet);
            dataProtection.ProtectKeysWithCertificate(certificate);
        }
        else if (OperatingSystem.IsWindows())
        {
            dataProtection.ProtectKeysWithDpapiNG();
        }
    }

    /// <summary>Audits refusals (403 and 404) given to signed-in members of staff.</summary>
    public static void UseAccessDeniedAudit(this WebApplication app) =>
        app.UseMiddleware<AccessDeniedAuditMiddleware>();
}
