using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data.Identity;
using MspCaseManager.Domain.Audit;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Account;
using MspCaseManager.Web.Infrastructure.Passwords;

namespace MspCaseManager.Web.Tests.Features.Account;

/// <summary>Passwords, lockout and the audit of every sign-in attempt (hashing: <see cref="PasswordHashingTests"/>).</summary>
public class SignInSecurityTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private Task<List<AuditEvent>> SignInEventsAsync() =>
        factory.WithDbAsync(db => db.AuditEvents.Where(e => e.EntityType == AccountController.AuditEntityType).OrderBy(e => e.Id).ToListAsync());

    private Task<StaffAccount> UserAsync(string email) =>
        factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));

    private async Task<DemoAccounts.Account> NewSocialWorkerAsync(string email)
    {
        var northId = await factory.WithDbAsync(db => db.Teams.Where(t => t.Name == DemoAccounts.NorthTeam).Select(t => t.Id).SingleAsync());
        return await TestUsers.CreateAsync(factory, email, Roles.SocialWorker, northId);
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("PASSWORD1234")]
    [InlineData("QwertyUiop123")]
    public async Task CreateUser_CommonPassword_IsRefusedWithoutSayingWhy(string password)
    {
        using var admin = factory.CreateAppClient();
        await admin.SignInAsync(DemoAccounts.Administrator);

        var page = await admin.SubmitAsync("/admin/users/new", [
            new("Form.DisplayName", "Kim Lee"), new("Form.Email", $"kim.{password.ToLowerInvariant()}@council.test"),
            new("Form.Role", Roles.SafeguardingLead), new("Form.Password", password)]);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal([(CommonPasswordValidator.Message, "#Form_Password")], page.ErrorSummary);
    }

    [Fact]
    public void CommonPasswordList_Shipped_HasTensOfThousandsOfEntries()
    {
        Assert.True(CommonPasswordValidator.Count > 40_000, $"Only {CommonPasswordValidator.Count} common passwords loaded");
        Assert.False(CommonPasswordValidator.IsCommon(DemoAccounts.Password));
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswordsThenTheRightOne_IsRefusedWithTheSameMessage()
    {
        var account = await NewSocialWorkerAsync("lockout.test@council.test");
        using var client = factory.CreateAppClient();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.SignInAsync(account, "wrong password " + attempt);
        }

        var sixth = await client.SignInAsync(account);

        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        Assert.Equal([(AccountController.SignInFailedMessage, "#Email")], sixth.ErrorSummary);
        var user = await UserAsync(account.Email);
        Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(14), "Expected a 15-minute lockout");
    }

    [Fact]
    public async Task SignIn_SuccessAndFailure_AreAudited()
    {
        var workerId = (await UserAsync(DemoAccounts.SouthSocialWorker.Email)).Id;
        using var client = factory.CreateAppClient();

        await client.SignInAsync(DemoAccounts.SouthSocialWorker, "not the right password");
        await client.SignInAsync(DemoAccounts.SouthSocialWorker with { Email = "nobody@council.test" });
        await client.SignInAsync(DemoAccounts.SouthSocialWorker);
        var page = await client.GetPageAsync("/my-cases");
        await client.PostAsync("/sign-out", [], page.AntiForgeryToken());

        var events = await SignInEventsAsync();
        Assert.Contains(events, e => e is { Action: AuditAction.SignInFailed, UserRole: Roles.SocialWorker } && e.UserId == workerId && e.EntityId == workerId);
        Assert.Contains(events, e => e is { Action: AuditAction.SignInFailed, UserId: null, EntityId: "" });
        Assert.Contains(events, e => e is { Action: AuditAction.SignInSucceeded, UserRole: Roles.SocialWorker } && e.UserId == workerId);
        Assert.Contains(events, e => e is { Action: AuditAction.SignOut } && e.UserId == workerId);
        Assert.DoesNotContain(events, e => e.Changes is not null);
    }
}
