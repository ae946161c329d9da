using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MspCaseManager.Data.Audit;
using MspCaseManager.Data.Conventions;

namespace MspCaseManager.Data;

public static class DatabaseServiceCollectionExtensions
{
    public const string SqliteMigrationsAssembly = "MspCaseManager.Data.Sqlite";
    public const string SqlServerMigrationsAssembly = "MspCaseManager.Data.SqlServer";

    /// <summary>
    /// Registers <see cref="MspDbContext"/> for the configured provider, with that provider's
    /// migrations assembly. A relative SQLite path is resolved against <paramref name="contentRoot"/>
    /// and its folder is created.
    /// </summary>
    public static IServiceCollection AddMspDatabase(
        this IServiceCollection services, DatabaseProvider provider, string connectionString, string contentRoot)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = ResolveSqlitePath(connectionString, contentRoot);
        }

        services.AddSingleton<SaveChangesRules>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ICurrentActor>(_ => SystemActor.Instance);
        services.AddScoped<AuditTrail>();
        services.AddDbContext<MspDbContext>((sp, options) =>
        {
            options.UseMspProvider(provider, connectionString);
            // Rules first (versions, refusals), then the audit of what is left to save.
            options.AddInterceptors(sp.GetRequiredService<SaveChangesRules>(), sp.GetRequiredService<AuditTrail>());
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

    private static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && !string.IsNullOrEmpty(builder.DataSource))
        {
            if (!Path.IsPathRooted(builder.DataSource))
            {
                builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
            }

            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}
