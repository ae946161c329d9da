using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Account;

namespace MspCaseManager.Web.Tests.Features.Health;

/// <summary>
/// The compact JSON log file carries one line per request with the route template, never the
/// address asked for, the user's id, and the status the user got.
/// </summary>
public class RequestLogTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static async Task<List<JsonElement>> RequestLinesAsync(AppFactory factory, Func<AppClient, Task> act, Action<IServiceCollection>? services = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"msp-logs-{Guid.NewGuid():N}");
        try
        {
            using (var logging = factory.WithWebHostBuilder(b => b
                       .UseSetting("Logging:FilePath", Path.Combine(folder, "app-.json"))
                       .UseSetting("Logging:MinimumLevel", "Information")
                       .ConfigureTestServices(s => services?.Invoke(s))))
            {
                using var client = new AppClient(logging.CreateClient(new() { AllowAutoRedirect = false }), factory.Clock);
                await act(client);
            }

            return Directory.GetFiles(folder).SelectMany(File.ReadAllLines)
                .Select(line => JsonDocument.Parse(line).RootElement)
                .Where(e => e.TryGetProperty("RouteTemplate", out _))
                .ToList();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Request_WithIdsAndQueryString_IsLoggedByRouteTemplateOnly()
    {
        string? raw = null;
        var lines = await RequestLinesAsync(factory, async client =>
        {
            await client.SignInAsync(DemoAccounts.Administrator);
            var response = await client.GetAsync("/admin/users/secret-id-12345/reset-password?name=Margaret+Smith");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        });
        raw = string.Join('\n', lines.Select(l => l.GetRawText()));

        var line = Assert.Single(lines, l => l.GetProperty("RouteTemplate").GetString() == "/admin/users/{id}/reset-password");
        Assert.Equal(404, line.GetProperty("StatusCode").GetInt32());
        Assert.Equal("GET", line.GetProperty("RequestMethod").GetString());
        Assert.Matches("^[0-9a-f-]{36}$", line.GetProperty("UserId").GetString()!);
        Assert.StartsWith("HTTP GET /admin/users/{id}/reset-password responded 404 in ", line.GetProperty("@m").GetString());
        Assert.DoesNotContain("secret-id-12345", raw);
        Assert.DoesNotContain("Margaret", raw);
        Assert.DoesNotContain(DemoAccounts.Administrator.Email, raw);
        // The 404 page was re-executed inside the request: it is not a request line of its own.
        Assert.DoesNotContain(lines, l => l.GetProperty("RouteTemplate").GetString()!.StartsWith("/error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Request_ThatThrows_IsLoggedWith500()
    {
        var lines = await RequestLinesAsync(
            factory,
            async client =>
            {
                var page = await client.SubmitAsync("/sign-in", [new("Email", "a@b.test"), new("Password", "whatever")]);
                Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
            },
            services => services.AddScoped<IValidator<SignInForm>, FailingValidator>());

        var post = Assert.Single(lines, l => l.GetProperty("RequestMethod").GetString() == "POST");
        Assert.Equal("/sign-in", post.GetProperty("RouteTemplate").GetString());
        Assert.Equal(500, post.GetProperty("StatusCode").GetInt32());
        Assert.Equal("anonymous", post.GetProperty("UserId").GetString());
        Assert.Equal("Error", post.GetProperty("@l").GetString());
    }

    private sealed class FailingValidator : AbstractValidator<SignInForm>
    {
        public override Task<ValidationResult> ValidateAsync(ValidationContext<SignInForm> context, CancellationToken cancellation = default) =>
            throw new InvalidOperationException("Simulated failure");
    }
}
