using Microsoft.EntityFrameworkCore;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Account;
using MspCaseManager.Web.Infrastructure.TwoFactor;

namespace MspCaseManager.Web.Tests.Features.Account;

/// <summary>Two-factor authentication: required for leads and administrators, codes work once, recovery codes.</summary>
public class TwoFactorTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static async Task<Page> PasswordStepAsync(AppClient client, DemoAccounts.Account account, string? password = null) =>
        await client.SubmitAsync("/sign-in", [new("Email", account.Email), new("Password", password ?? DemoAccounts.Password)]);

    private Task<DemoAccounts.Account> NewLeadAsync(string email) => TestUsers.CreateAsync(factory, email, Roles.SafeguardingLead);

    [Fact]
    public async Task SignIn_LeadWithTwoFactor_AsksForACodeBeforeSigningIn()
    {
        using var client = factory.CreateAppClient();

        var password = await PasswordStepAsync(client, DemoAccounts.SafeguardingLead);
        var beforeCode = await client.GetAsync("/reports");

        Assert.Equal("/sign-in/two-factor", password.RedirectLocation);
        Assert.StartsWith("/sign-in", beforeCode.Headers.Location!.PathAndQuery());
    }

    [Fact]
    public async Task SignIn_SameCodeTwice_SecondIsRefused()
    {
        using var first = factory.CreateAppClient();
        using var second = factory.CreateAppClient();
        var code = first.NextAuthenticatorCode();
        await PasswordStepAsync(first, DemoAccounts.Administrator);
        await PasswordStepAsync(second, DemoAccounts.Administrator);

        var accepted = await first.SubmitAsync("/sign-in/two-factor", [new("Code", code)]);
        var replayed = await second.SubmitAsync("/sign-in/two-factor", [new("Code", code)]);

        Assert.Equal("/", accepted.RedirectLocation);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Equal([(AccountController.CodeFailedMessage, "#Code")], replayed.ErrorSummary);
    }

    [Fact]
    public async Task SignIn_EarlierCodeAfterALaterOne_IsRefused()
    {
        using var client = factory.CreateAppClient();
        var earlier = client.NextAuthenticatorCode();
        var later = client.NextAuthenticatorCode();
        await PasswordStepAsync(client, DemoAccounts.SafeguardingLead);
        await client.SubmitAsync("/sign-in/two-factor", [new("Code", later)]);
        using var other = factory.CreateAppClient();
        await PasswordStepAsync(other, DemoAccounts.SafeguardingLead);

        var refused = await other.SubmitAsync("/sign-in/two-factor", [new("Code", earlier)]);

        Assert.Equal([(AccountController.CodeFailedMessage, "#Code")], refused.ErrorSummary);
    }

    [Fact]
    public async Task CodePage_WithoutPasswordStep_SendsToSignIn()
    {
        using var client = factory.CreateAppClient();

        var response = await client.GetAsync("/sign-in/two-factor");

        Assert.Equal("/sign-in", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task NewLead_WithoutTwoFactor_CanUseOnlyTheSetUpPageUntilEnrolled()
    {
        var lead = await NewLeadAsync("new.lead@council.test");
        using var client = factory.CreateAppClient();
        var signedIn = await client.SignInAsync(lead);
        Assert.Equal("/", signedIn.RedirectLocation);

        var reports = await client.GetAsync("/reports");
        var audit = await client.GetAsync("/audit");
        var setUp = await client.GetPageAsync("/account/two-factor");

        Assert.Equal("/account/two-factor", reports.Headers.Location!.OriginalString);
        Assert.Equal("/account/two-factor", audit.Headers.Location!.OriginalString);
        Assert.Equal("Set up two-factor authentication", setUp.Heading);
        Assert.StartsWith("otpauth://totp/MspCaseManager:new.lead%40council.test?secret=", setUp.Document.QuerySelector("[data-testid=authenticator-uri]")!.TextContent);
    }

    [Fact]
    public async Task Enrol_CorrectCode_ShowsTenRecoveryCodesEachUsableOnce()
    {
        var lead = await NewLeadAsync("enrolling.lead@council.test");
        using var client = factory.CreateAppClient();
        await client.SignInAsync(lead);
        var setUp = await client.GetPageAsync("/account/two-factor");
        var key = setUp.Document.QuerySelector("[data-testid=authenticator-key]")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal);

        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var enrolled = await client.PostAsync("/account/two-factor", [new("Form.Code", Totp.CodeAt(key, factory.Clock.GetUtcNow()))], setUp.AntiForgeryToken());
        var reports = await client.GetAsync("/reports");

        var codes = enrolled.Document.QuerySelectorAll("[data-testid=recovery-codes] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, reports.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Email == lead.Email).Select(u => u.TwoFactorEnabled).SingleAsync()));

        using var recovering = factory.CreateAppClient();
        await PasswordStepAsync(recovering, lead);
        var withRecovery = await recovering.SubmitAsync("/sign-in/recovery-code", [new("Code", codes[0])]);
        using var again = factory.CreateAppClient();
        await PasswordStepAsync(again, lead);
        var reused = await again.SubmitAsync("/sign-in/recovery-code", [new("Code", codes[0])]);

        Assert.Equal("/", withRecovery.RedirectLocation);
        Assert.Equal([(AccountController.RecoveryCodeFailedMessage, "#Code")], reused.ErrorSummary);
    }

    [Fact]
    public async Task Enrol_WrongCode_ShowsErrorSummary()
    {
        var lead = await NewLeadAsync("wrong.code@council.test");
        using var client = factory.CreateAppClient();
        await client.SignInAsync(lead);

        var page = await client.SubmitAsync("/account/two-factor", [new("Form.Code", "12x")]);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal([("The code must be 6 numbers", "#Form_Code")], page.ErrorSummary);
    }

    [Fact]
    public async Task SocialWorker_TwoFactorNotRequired_UsesPagesWithoutIt()
    {
        using var client = factory.CreateAppClient();
        await client.SignInAsync(DemoAccounts.SocialWorker);

        var response = await client.GetAsync("/my-cases");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SetUp_WaitingPastTheStampCheckBeforeAndAfterEnrolling_StaysSignedIn()
    {
        var lead = await NewLeadAsync("unhurried.lead@council.test");
        using var client = factory.CreateAppClient();
        await client.SignInAsync(lead);
        var stampAtSignIn = await StampAsync(lead);

        var setUp = await client.GetPageAsync("/account/two-factor");
        var stampWithKey = await StampAsync(lead);
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var stillSettingUp = await client.GetPageAsync("/account/two-factor");
        var key = setUp.Document.QuerySelector("[data-testid=authenticator-key]")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var enrolled = await client.PostAsync("/account/two-factor", [new("Form.Code", Totp.CodeAt(key, factory.Clock.GetUtcNow()))], stillSettingUp.AntiForgeryToken());
        var stampEnrolled = await StampAsync(lead);
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var reports = await client.GetAsync("/reports");

        Assert.Equal(stampAtSignIn, stampWithKey);
        Assert.Equal(HttpStatusCode.OK, stillSettingUp.StatusCode);
        Assert.Equal("Set up two-factor authentication", stillSettingUp.Heading);
        Assert.Equal(setUp.Document.QuerySelector("[data-testid=authenticator-key]")!.TextContent, stillSettingUp.Document.QuerySelector("[data-testid=authenticator-key]")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, enrolled.StatusCode);
        Assert.NotEqual(stampWithKey, stampEnrolled);
        Assert.Equal(HttpStatusCode.OK, reports.StatusCode);
    }

    [Fact]
    public async Task SetUp_Page_ShowsTheLinkAsAQrCodeImageBesideTheKey()
    {
        var lead = await NewLeadAsync("scanning.lead@council.test");
        using var client = factory.CreateAppClient();
        await client.SignInAsync(lead);

        var setUp = await client.GetPageAsync("/account/two-factor");

        var image = setUp.Document.QuerySelector("img[data-testid=authenticator-qr-code]")!;
        var src = image.GetAttribute("src")!;
        Assert.StartsWith("data:image/png;base64,", src);
        var png = Convert.FromBase64String(src["data:image/png;base64,".Length..]);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.False(string.IsNullOrWhiteSpace(image.GetAttribute("alt")));
        Assert.Empty(setUp.Document.QuerySelectorAll("script:not([src])"));
    }

    private Task<string?> StampAsync(DemoAccounts.Account account) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == account.Email).Select(u => u.SecurityStamp).SingleAsync());
}
