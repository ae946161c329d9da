using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MspCaseManager.Data.Audit;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Data.Reliability;

namespace MspCaseManager.Data;

public static class DatabaseServiceCollectionExtensions
{
    public const string SqliteMigrationsAssembly = "MspCaseManager.Data.Sqlite";
    public const string SqlServerMigrationsAssembly = "MspCaseManager.Data.SqlServer";

    /// <summary>
    /// Registers <see cref="MspDbContext"/> for the configured provider, with that provider's
    /// migrations assembly. A relative SQLite path is resolved against <paramref name="contentRoot"/>;
    /// requests never create the SQLite file (see <see cref="SqliteDatabaseFile"/>).
    /// </summary>
    public static IServiceCollection AddMspDatabase(
        this IServiceCollection services, DatabaseOptions database, string connectionString, string contentRoot)
    {
        var provider = database.Provider;
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = SqliteDatabaseFile.ForRequests(connectionString, contentRoot, database.BusyTimeoutSeconds);
        }

        services.AddSingleton<SaveChangesRules>();
        services.AddSingleton<SqliteDatabaseFile.MovedFileGuard>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ICurrentActor>(_ => SystemActor.Instance);
        services.AddScoped<AuditTrail>();
        services.AddDbContext<MspDbContext>((sp, options) =>
        {
            options.UseMspProvider(provider, connectionString);
            // Rules first (versions, refusals), then the audit of what is left to save.
            options.AddInterceptors(sp.GetRequiredService<SaveChangesRules>(), sp.GetRequiredService<AuditTrail>());
            if (provider == DatabaseProvider.Sqlite)
            {
                options.AddInterceptors(sp.GetRequiredService<SqliteDatabaseFile.MovedFileGuard>());
            }
        });
        return services;
    }

    public static DbContextOptionsBuilder UseMspProvider(
        this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, o =>
            {
                o.MigrationsAssembly(SqliteMigrationsAssembly);
                o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery);
            }),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o =>
            {
                o.MigrationsAssembly(SqlServerMigrationsAssembly);
                o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery);
                o.EnableRetryOnFailure();
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider"),
        };
}
