using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MspCaseManager.Data;

namespace MspCaseManager.Web.Startup;

public static class HealthSetup
{
    private const string ReadyTag = "ready";

    public static void AddHealth(this WebApplicationBuilder builder) =>
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseSchemaHealthCheck>("database", tags: [ReadyTag]);

    /// <summary>
    /// <c>/health/live</c>: the process answers. <c>/health/ready</c>: the database answers and is
    /// the one this version of the app migrated. Both are open to load balancers and orchestrators
    /// without signing in.
    /// </summary>
    public static void MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .WithMetadata(new HttpMethodMetadata(["GET", "HEAD"])).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) })
            .WithMetadata(new HttpMethodMetadata(["GET", "HEAD"])).AllowAnonymous();
    }
}

/// <summary>
/// Ready only when the database can be opened and every migration this version of the app knows
/// has been applied to it. A missing file, a file put in its place or a database not yet migrated
/// is not ready, even though something at the path may accept a connection.
/// </summary>
public sealed class DatabaseSchemaHealthCheck(MspDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            var missing = db.Database.GetMigrations().Count(m => !applied.Contains(m));
            return missing == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{missing} migration(s) of this version are not applied to the database.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be used.", e);
        }
    }
}
