using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using MspCaseManager.Data;

namespace MspCaseManager.Web.Startup;

public static class HealthSetup
{
    private const string ReadyTag = "ready";

    public static void AddHealth(this WebApplicationBuilder builder) =>
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<MspDbContext>("database", tags: [ReadyTag]);

    /// <summary>
    /// <c>/health/live</c>: the process answers. <c>/health/ready</c>: the database answers too.
    /// Both are open to load balancers and orchestrators without signing in.
    /// </summary>
    public static void MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .WithMetadata(new HttpMethodMetadata(["GET", "HEAD"])).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) })
            .WithMetadata(new HttpMethodMetadata(["GET", "HEAD"])).AllowAnonymous();
    }
}
