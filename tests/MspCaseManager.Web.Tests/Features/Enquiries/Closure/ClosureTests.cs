using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Tests.Features.Enquiries.Closure;

public class ClosureTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private Task<string> VersionAsync(int id) =>
        factory.WithDbAsync(async db => db.VersionOf(await db.Enquiries.SingleAsync(e => e.Id == id)).ToString());

    private Task<Enquiry> ReloadAsync(int id) => factory.WithDbAsync(db => db.Enquiries.WithEverything().SingleAsync(e => e.Id == id));

    /// <summary>The app's time, moved on a minute each call so the history has an order.</summary>
    private DateTime Now()
    {
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        return factory.Clock.GetUtcNow().UtcDateTime;
    }

    private async Task<Enquiry> ClosureRequestedAsync()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        await TestData.MakeReadyToCloseAsync(factory, enquiry.Id);
        await TestData.ChangeEnquiryAsync(factory, enquiry.Id, (e, userId) => e.RequestClosure("Calls blocked; money partly recovered.", userId, Now()));
        return enquiry;
    }

    private async Task<Enquiry> ClosedAsync()
    {
        var enquiry = await ClosureRequestedAsync();
        await TestData.ChangeEnquiryAsync(factory, enquiry.Id, (e, userId) => e.AuthoriseClosure(userId, Now()), DemoAccounts.TeamManager);
        return enquiry;
    }

    [Fact]
    public async Task Request_NothingRecorded_ListsEverythingStoppingClosure()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/closure",
            [new("Form.Summary", "All done."), new("Form.Version", await VersionAsync(enquiry.Id))]);

        Assert.Equal(
            [
                (ClosureBlocker.NoOutcomesReview.ToLabel(), null),
                (ClosureBlocker.DesiredOutcomesQuestionUnanswered.ToLabel(), null),
                (ClosureBlocker.RiskOutcomeMissing.ToLabel(), null),
            ],
            page.ErrorSummary);
        Assert.Equal("All done.", page.ValueOf("Form.Summary"));
        Assert.Equal(3, page.Document.QuerySelectorAll("[data-testid=closure-blockers] + ul li").Length);
        Assert.Equal(EnquiryStatus.Open, (await ReloadAsync(enquiry.Id)).Status);
    }

    [Fact]
    public async Task Request_NoSummary_AsksForOne()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        await TestData.MakeReadyToCloseAsync(factory, enquiry.Id);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/closure", [new("Form.Version", await VersionAsync(enquiry.Id))]);

        Assert.Equal([("Enter the closing summary", "#Form_Summary")], page.ErrorSummary);
    }

    [Fact]
    public async Task Request_ReadyToClose_WaitsForAManager()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        await TestData.MakeReadyToCloseAsync(factory, enquiry.Id);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/closure",
            [new("Form.Summary", "Calls blocked."), new("Form.Version", await VersionAsync(enquiry.Id))]);
        var closure = await client.GetPageAsync($"/enquiries/{enquiry.Id}/closure");

        Assert.Equal($"/enquiries/{enquiry.Id}", page.RedirectLocation);
        Assert.Equal(EnquiryStatus.ClosureRequested, (await ReloadAsync(enquiry.Id)).Status);
        Assert.NotNull(closure.Document.QuerySelector("[data-testid=awaiting-closure]"));
        Assert.Contains("Calls blocked.", closure.Document.QuerySelector("[data-testid=closure-history]")!.TextContent);
    }

    [Fact]
    public async Task Request_StaleVersion_ShowsConcurrencyErrorAndKeepsSummary()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        await TestData.MakeReadyToCloseAsync(factory, enquiry.Id);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var form = await client.GetPageAsync($"/enquiries/{enquiry.Id}/closure");
        await TestData.TouchAsync<Enquiry>(factory, enquiry.Id);

        var page = await client.PostAsync($"/enquiries/{enquiry.Id}/closure",
            [new("Form.Summary", "Calls blocked."), new("Form.Version", form.ValueOf("Form.Version")!)], form.AntiForgeryToken());

        Assert.EndsWith(VersionedSave.ConflictAdvice, Assert.Single(page.ErrorSummary).Message);
        Assert.Equal("Calls blocked.", page.ValueOf("Form.Summary"));
    }

    [Theory]
    [InlineData("closure")]
    [InlineData("closure/review")]
    [InlineData("reopen")]
    [InlineData("summary")]
    public async Task ClosurePages_OtherTeamsManager_AreNotFound(string path)
    {
        var enquiry = await ClosureRequestedAsync();
        using var south = await factory.SignedInClientAsync(DemoAccounts.SouthTeamManager);

        Assert.Equal(HttpStatusCode.NotFound, (await south.GetAsync($"/enquiries/{enquiry.Id}/{path}")).StatusCode);
    }

    [Theory]
    [InlineData("review")]
    [InlineData("risk-outcome")]
    [InlineData("sac-capacity")]
    [InlineData("reopen")]
    public async Task EditPages_ClosedEnquiry_GoBackToTheEnquiry(string path)
    {
        var enquiry = await ClosedAsync();
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);
        var client = path == "reopen" ? worker : manager;

        var page = await client.GetAsync($"/enquiries/{enquiry.Id}/{path}");

        Assert.Equal(path == "reopen" ? HttpStatusCode.Forbidden : HttpStatusCode.Redirect, page.StatusCode);
    }

    [Theory]
    [InlineData("review")]
    [InlineData("risk-outcome")]
    [InlineData("sac-capacity")]
    [InlineData("closure")]
    public async Task Edits_ClosedEnquiry_AreRefusedWithTheClosedMessage(string path)
    {
        var enquiry = await ClosedAsync();
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var token = (await client.GetPageAsync($"/enquiries/{enquiry.Id}")).AntiForgeryToken();

        var page = await client.PostAsync($"/enquiries/{enquiry.Id}/{path}",
            [new("Form.RiskOutcome", nameof(RiskAssessmentOutcome.NoRiskNoAction)), new("Form.Summary", "Again"), new("Form.Version", await VersionAsync(enquiry.Id))], token);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal([("This enquiry is closed, so it cannot be changed", null)], page.ErrorSummary);
        Assert.Equal(EnquiryStatus.Closed, (await ReloadAsync(enquiry.Id)).Status);
    }

    [Fact]
    public async Task Reopen_WithReason_OpensTheEnquiryAndKeepsTheHistory()
    {
        var enquiry = await ClosedAsync();
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);
        factory.Clock.Advance(TimeSpan.FromMinutes(1));

        var page = await manager.SubmitAsync($"/enquiries/{enquiry.Id}/reopen",
            [new("Form.Reason", "The caller rang again."), new("Form.Version", await VersionAsync(enquiry.Id))]);
        var closure = await manager.GetPageAsync($"/enquiries/{enquiry.Id}/closure");

        Assert.Equal($"/enquiries/{enquiry.Id}", page.RedirectLocation);
        var reopened = await ReloadAsync(enquiry.Id);
        Assert.Equal(EnquiryStatus.Open, reopened.Status);
        Assert.Equal("The caller rang again.", Assert.Single(reopened.Reopenings).Reason);
        var history = closure.Document.QuerySelectorAll("[data-testid=closure-history] h3").Select(h => h.TextContent).ToList();
        Assert.Equal(["Reopened", "Closure authorised", "Closure requested"], history);
    }

    [Fact]
    public async Task Reopen_NoReason_IsRefused()
    {
        var enquiry = await ClosedAsync();
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        var page = await manager.SubmitAsync($"/enquiries/{enquiry.Id}/reopen", [new("Form.Version", await VersionAsync(enquiry.Id))]);

        Assert.Equal([("Enter why the enquiry is being reopened", "#Form_Reason")], page.ErrorSummary);
    }

    [Fact]
    public async Task Reopen_StaleVersion_ShowsConcurrencyErrorAndKeepsReason()
    {
        var enquiry = await ClosedAsync();
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);
        var form = await manager.GetPageAsync($"/enquiries/{enquiry.Id}/reopen");
        await TestData.TouchAsync<Enquiry>(factory, enquiry.Id);

        var page = await manager.PostAsync($"/enquiries/{enquiry.Id}/reopen",
            [new("Form.Reason", "The caller rang again."), new("Form.Version", form.ValueOf("Form.Version")!)], form.AntiForgeryToken());

        Assert.EndsWith(VersionedSave.ConflictAdvice, Assert.Single(page.ErrorSummary).Message);
        Assert.Equal("The caller rang again.", page.ValueOf("Form.Reason"));
    }
}
