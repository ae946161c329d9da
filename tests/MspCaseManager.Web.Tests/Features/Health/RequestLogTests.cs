using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Health;

/// <summary>The JSON log file carries one line per request with the route template, never the address asked for.</summary>
public class RequestLogTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Request_WithIdsAndQueryString_IsLoggedByRouteTemplateOnly()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"msp-logs-{Guid.NewGuid():N}");
        using (var logging = factory.WithWebHostBuilder(b => b
                   .UseSetting("Logging:FilePath", Path.Combine(folder, "app-.json"))
                   .UseSetting("Logging:MinimumLevel", "Information")))
        {
            using var client = new AppClient(logging.CreateClient(new() { AllowAutoRedirect = false }), factory.Clock);
            await client.SignInAsync(DemoAccounts.Administrator);

            var response = await client.GetAsync("/admin/users/secret-id-12345/reset-password?name=Margaret+Smith");

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var log = string.Concat(Directory.GetFiles(folder).Select(File.ReadAllText));
        Directory.Delete(folder, recursive: true);
        Assert.Contains("\"RouteTemplate\":\"/admin/users/{id}/reset-password\"", log);
        Assert.Contains("\"StatusCode\":404", log);
        Assert.DoesNotContain("secret-id-12345", log);
        Assert.DoesNotContain("Margaret", log);
        Assert.DoesNotContain(DemoAccounts.Administrator.Email, log);
    }
}
