namespace MspCaseManager.Web.Tests.Features.Health;

public class HealthTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_Anonymous_IsHealthyOnSqlite(string url)
    {
        using var client = factory.CreateAppClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_DatabaseCannotBeOpened_IsUnhealthy()
    {
        using var broken = factory.WithWebHostBuilder(b =>
            b.UseSetting("ConnectionStrings:Default", $"Data Source={Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))}.db;Mode=ReadOnly")
             .UseSetting("Database:MigrateOnStartup", "false")
             .UseSetting("Demo:Seed", "false"));
        using var client = broken.CreateClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }
}
