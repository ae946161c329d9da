using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Account;

namespace MspCaseManager.Web.Tests.Features.Errors;

public class ErrorPageTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task UnknownPage_SignedIn_ShowsGovUkNotFound()
    {
        using var client = factory.CreateAppClient();
        await client.SignInAsync(DemoAccounts.SocialWorker);

        var page = await client.GetPageAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("Page not found", page.Heading);
        Assert.NotNull(page.Document.QuerySelector("link[href^='/lib/govuk-frontend/govuk-frontend.min.css']"));
    }

    [Fact]
    public async Task UnhandledException_OutsideDevelopment_ShowsGovUkErrorWithoutDetails()
    {
        using var failing = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddScoped<IValidator<SignInForm>, FailingValidator>()));
        using var client = new AppClient(failing.CreateClient(new() { AllowAutoRedirect = false }));

        var page = await client.SubmitAsync("/sign-in", [new("Email", "a@b.test"), new("Password", "whatever")]);

        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Equal("Sorry, there is a problem with the service", page.Heading);
        Assert.DoesNotContain(FailingValidator.Message, page.Text);
        Assert.DoesNotContain("MspCaseManager.Web.", page.Text);
    }

    [Fact]
    public async Task AccessibilityStatement_Anonymous_IsLinkedFromTheFooter()
    {
        using var client = factory.CreateAppClient();

        var signIn = await client.GetPageAsync("/sign-in");
        var statement = await client.GetPageAsync("/accessibility");

        Assert.NotNull(signIn.Document.QuerySelector("footer a[href='/accessibility']"));
        Assert.Equal(HttpStatusCode.OK, statement.StatusCode);
        Assert.Equal("Accessibility statement for MspCaseManager", statement.Heading);
    }

    /// <summary>Stands in for any unexpected failure inside a request.</summary>
    private sealed class FailingValidator : AbstractValidator<SignInForm>
    {
        public const string Message = "Simulated failure with secret details";

        public override Task<ValidationResult> ValidateAsync(ValidationContext<SignInForm> context, CancellationToken cancellation = default) =>
            throw new InvalidOperationException(Message);
    }
}
