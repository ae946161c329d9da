using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MspCaseManager.Data;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Support;

/// <summary>
/// The real app over HTTP, on its own SQLite file (migrated and seeded with the demo teams and
/// accounts at start, exactly as in production start-up). One per test class. The app's clock
/// is a <see cref="TestClock"/> that tests can move forward.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), "mspcasemanager-tests", $"{Guid.NewGuid():N}.db");

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

    public TestClock Clock { get; } = new();

    private bool OwnsDatabase { get; } = true;

    /// <summary>The hosting environment: Testing (plain http, demo data) unless a subclass says otherwise.</summary>
    protected virtual string EnvironmentName => "Testing";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_databasePath)!);
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={_databasePath}");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Demo:Seed", "true");
        // Tests make their own case records; the demo adults and concerns would only get in the way.
        builder.UseSetting("Demo:Cases", "false");
        builder.UseSetting("Logging:FilePath", string.Empty);
        builder.UseSetting("Logging:MinimumLevel", "Warning");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
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
