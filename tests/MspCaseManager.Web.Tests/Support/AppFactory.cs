using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MspCaseManager.Data;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Support;

/// <summary>
/// The real app over HTTP, on its own SQLite file (a copy of the migrated
/// <see cref="TemplateDatabase"/>, seeded with the demo teams and accounts at start, exactly as in
/// production start-up). One per test class. The app's clock is a <see cref="FakeTimeProvider"/>
/// that starts at the real time and that tests move forward. Passwords are hashed with
/// <see cref="TestPasswordHashIterations"/> PBKDF2 iterations unless a subclass says otherwise.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(TemplateDatabase.Folder, $"{Guid.NewGuid():N}.db");

    public AppFactory()
    {
    }

    /// <summary>A second host over another factory's database (as two instances behind a load balancer).</summary>
    protected AppFactory(string databasePath)
    {
        _databasePath = databasePath;
        OwnsDatabase = false;
    }

    public string DatabasePath => _databasePath;

    /// <summary>
    /// PBKDF2 iterations in tests: enough to be a real hash, few enough that hundreds of sign-ins
    /// cost nothing. The production figure is asserted by <c>PasswordHashingTests</c>.
    /// </summary>
    public const int TestPasswordHashIterations = 1_000;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Counts the SQL commands each request runs (see <see cref="SqlCommandCounter"/>).</summary>
    public SqlCommandCounter SqlCommands { get; } = new();

    private bool OwnsDatabase { get; } = true;

    /// <summary>The hosting environment: Testing (plain http, demo data) unless a subclass says otherwise.</summary>
    protected virtual string EnvironmentName => "Testing";

    /// <summary>PBKDF2 iterations for password hashes; null leaves the app's own default.</summary>
    protected virtual int? PasswordHashIterations => TestPasswordHashIterations;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (OwnsDatabase && !File.Exists(_databasePath))
        {
            TemplateDatabase.CopyTo(_databasePath);
        }

        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={_databasePath}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Demo:Seed", "true");
        // Tests make their own case records; the demo adults and concerns would only get in the way.
        builder.UseSetting("Demo:Cases", "false");
        // Where a test seeds the demo cases, the named ones only: the generated caseload is tested on its own.
        builder.UseSetting("Demo:Adults", "0");
        builder.UseSetting("Logging:FilePath", string.Empty);
        builder.UseSetting("Logging:MinimumLevel", "Warning");
        if (PasswordHashIterations is { } iterations)
        {
            builder.UseSetting("Identity:PasswordHashIterations", iterations.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton(SqlCommands.StartupFilter());
            services.ConfigureDbContext<MspDbContext>(options => options.AddInterceptors(SqlCommands));
        });
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see them.</summary>
    public AppClient CreateAppClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), Clock);

    /// <summary>A client already signed in as <paramref name="account"/>.</summary>
    public async Task<AppClient> SignedInClientAsync(DemoAccounts.Account account)
    {
        var client = CreateAppClient();
        await client.SignInAsync(account);
        return client;
    }

    public async Task<T> WithDbAsync<T>(Func<MspDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<MspDbContext>());
    }

    public async Task WithDbAsync(Func<MspDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<MspDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (!OwnsDatabase)
        {
            return;
        }

        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            try
            {
                File.Delete(_databasePath + suffix);
            }
            catch (IOException)
            {
                // Best effort: the temp folder is cleaned by the OS.
            }
        }
    }
}
