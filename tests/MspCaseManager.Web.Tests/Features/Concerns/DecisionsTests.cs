using Microsoft.EntityFrameworkCore;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Concerns;

namespace MspCaseManager.Web.Tests.Features.Concerns;

public class DecisionsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<AppClient> SignedInAsync(DemoAccounts.Account account)
    {
        var client = factory.CreateAppClient();
        await client.SignInAsync(account);
        return client;
    }

    private static List<KeyValuePair<string, string>> Decision(bool allMet, EnquiryRoute route, DateOnly decidedOn, string version) =>
    [
        new("Form.NeedsCareAndSupport", "true"), new("Form.NeedsCareAndSupportReason", "Home care daily."),
        new("Form.ExperiencingOrAtRiskOfAbuse", allMet ? "true" : "false"), new("Form.ExperiencingOrAtRiskOfAbuseReason", "Bruising."),
        new("Form.UnableToProtectThemselves", "true"), new("Form.UnableToProtectThemselvesReason", "Depends on son."),
        new("Form.Route", route.ToString()), .. TestData.Date("Form.DecidedOn", decidedOn), new("Form.Version", version),
    ];

    [Fact]
    public async Task Record_Valid_AwaitsAuthorisation()
    {
        var concern = await TestData.CreateConcernAsync(factory);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);
        var form = await client.GetPageAsync($"/concerns/{concern.Id}/decision");

        var page = await client.SubmitAsync($"/concerns/{concern.Id}/decision",
            Decision(true, EnquiryRoute.Section42Enquiry, TestData.Today, form.ValueOf("Form.Version")!));

        Assert.Equal($"/concerns/{concern.Id}", page.RedirectLocation);
        var shown = await client.GetPageAsync(page.RedirectLocation!);
        Assert.Equal("Awaiting authorisation", shown.Document.QuerySelector("[data-testid=concern-status]")!.TextContent);
    }

    [Fact]
    public async Task Record_RouteContradictsCriteria_ShowsDomainErrorAndKeepsInput()
    {
        var concern = await TestData.CreateConcernAsync(factory);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/concerns/{concern.Id}/decision", Decision(false, EnquiryRoute.Section42Enquiry, TestData.Today, "0"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Single(page.ErrorSummary);
        Assert.Equal("#Form_Route", page.ErrorSummary[0].Href);
        Assert.Equal("Bruising.", page.ValueOf("Form.ExperiencingOrAtRiskOfAbuseReason"));
    }

    [Fact]
    public async Task Record_BeforeTheConcernWasReceived_IsRefused()
    {
        var concern = await TestData.CreateConcernAsync(factory);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/concerns/{concern.Id}/decision",
            Decision(true, EnquiryRoute.Section42Enquiry, concern.ReceivedOn.AddDays(-1), "0"));

        Assert.Equal([("Decision date must be on or after the date the concern was received", "#Form_DecidedOn")], page.ErrorSummary);
    }

    [Fact]
    public async Task Record_NoEnquiryWithoutOutcome_AsksForItAndTheReferrersFeedbackAtOnce()
    {
        var concern = await TestData.CreateConcernAsync(factory);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/concerns/{concern.Id}/decision", Decision(false, EnquiryRoute.NoEnquiry, TestData.Today, "0"));

        Assert.Equal(
            [
                ("Select what happened instead of an enquiry", "#Form_NoEnquiryOutcome"),
                ("Enter the date feedback was given to the referrer", "#Form_ReferrerFeedbackGivenOn"),
                ("Select how feedback was given to the referrer", "#Form_ReferrerFeedbackMethod"),
            ],
            page.ErrorSummary);
    }

    [Fact]
    public async Task Record_OtherTeamsConcern_IsNotFound()
    {
        var concern = await TestData.CreateConcernAsync(factory, team: DemoAccounts.SouthTeam);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);
        var token = (await client.GetPageAsync("/people")).AntiForgeryToken();

        var post = await client.PostAsync($"/concerns/{concern.Id}/decision", Decision(true, EnquiryRoute.Section42Enquiry, TestData.Today, "0"), token);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync($"/concerns/{concern.Id}/decision")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task Review_ShowsTheConcernTheDecisionAnswers()
    {
        var concern = await TestData.CreateConcernAsync(factory, decision: TestData.Section42Decision());
        using var manager = await SignedInAsync(DemoAccounts.TeamManager);

        var page = await manager.GetPageAsync($"/concerns/{concern.Id}/decision/review");

        Assert.Equal("Review the s42 decision", page.Heading);
        var shown = page.Document.QuerySelector("[data-testid=concern-details]")!.TextContent;
        Assert.Contains("Bruising to both arms; says her son pushed her.", shown);
        Assert.Contains(RiskType.PhysicalAbuse.ToLabel(), shown);
        Assert.Contains(RiskLocation.OwnHome.ToLabel(), shown);
        Assert.Contains(RiskSource.OtherKnownToIndividual.ToLabel(), shown);
        Assert.Contains(AdultViewOfConcern.WantsRaised.ToLabel(), shown);
        Assert.Contains("Jo Bloggs, District nurse, Community Health", shown);
        Assert.Contains($"{DemoAccounts.SocialWorker.DisplayName}, {DemoAccounts.NorthTeam}", shown);
        Assert.Empty(page.Document.QuerySelectorAll("[data-testid=concern-details] a"));
        Assert.Contains(EnquiryRoute.Section42Enquiry.ToLabel(), page.Document.QuerySelector("[data-testid=decision]")!.TextContent);
    }

    [Fact]
    public async Task Review_Authorise_OpensTheEnquiryAllocatedToTheChosenWorker()
    {
        var concern = await TestData.CreateConcernAsync(factory, decision: TestData.Section42Decision());
        var samId = await TestData.UserIdAsync(factory, DemoAccounts.SocialWorker);
        using var manager = await SignedInAsync(DemoAccounts.TeamManager);
        var form = await manager.GetPageAsync($"/concerns/{concern.Id}/decision/review");

        var page = await manager.SubmitAsync($"/concerns/{concern.Id}/decision/review", [
            new("Form.Outcome", "authorise"), new("Form.AllocateTo", samId), .. form.DateAsShown("Form.StartedOn"), new("Form.Version", form.ValueOf("Form.Version")!)]);

        var enquiry = await factory.WithDbAsync(db => db.Enquiries.SingleAsync(e => e.ConcernId == concern.Id));
        Assert.Equal($"/enquiries/{enquiry.Id}", page.RedirectLocation);
        Assert.Equal(EnquiryType.Section42, enquiry.Type);
        Assert.Equal(samId, enquiry.AllocatedWorkerId);
        Assert.Equal(TestData.Today, enquiry.StartedOn);
        using var sam = await SignedInAsync(DemoAccounts.SocialWorker);
        var myCases = await sam.GetPageAsync("/my-cases");
        Assert.NotNull(myCases.Document.QuerySelector($"a[href='/enquiries/{enquiry.Id}?from=my-cases']"));
    }

    [Fact]
    public async Task Review_ManagersOwnDecision_IsRefusedAndStaysAwaiting()
    {
        var concern = await TestData.CreateConcernAsync(factory, decision: TestData.Section42Decision(), recordedBy: DemoAccounts.TeamManager);
        using var manager = await SignedInAsync(DemoAccounts.TeamManager);
        var form = await manager.GetPageAsync($"/concerns/{concern.Id}/decision/review");

        var page = await manager.SubmitAsync($"/concerns/{concern.Id}/decision/review", [
            new("Form.Outcome", "authorise"), new("Form.AllocateTo", "unallocated"), new("Form.Version", form.ValueOf("Form.Version")!)]);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal([("You made this decision, so another team manager must review it", "#Form_Outcome")], page.ErrorSummary);
        Assert.False(await factory.WithDbAsync(db => db.Enquiries.AnyAsync(e => e.ConcernId == concern.Id)));
    }

    [Fact]
    public async Task Review_ReturnWithoutComments_IsRefusedAndKeepsChoice()
    {
        var concern = await TestData.CreateConcernAsync(factory, decision: TestData.Section42Decision());
        using var manager = await SignedInAsync(DemoAccounts.TeamManager);

        var page = await manager.SubmitAsync($"/concerns/{concern.Id}/decision/review", [new("Form.Outcome", "return"), new("Form.ManagerComments", "")]);

        Assert.Equal([("Enter why you are returning the decision", "#Form_ManagerComments")], page.ErrorSummary);
        Assert.Equal("return", page.ValueOf("Form.Outcome"));
    }

    [Fact]
    public async Task Review_Return_KeepsHistoryAndAllowsANewDecision()
    {
        var concern = await TestData.CreateConcernAsync(factory, decision: TestData.Section42Decision());
        using var manager = await SignedInAsync(DemoAccounts.TeamManager);
        var form = await manager.GetPageAsync($"/concerns/{concern.Id}/decision/review");

        var page = await manager.SubmitAsync($"/concerns/{concern.Id}/decision/review", [
            new("Form.Outcome", "return"), new("Form.ManagerComments", "Talk to the adult first."), new("Form.Version", form.ValueOf("Form.Version")!)]);

        Assert.Equal($"/concerns/{concern.Id}", page.RedirectLocation);
        var shown = await manager.GetPageAsync($"/concerns/{concern.Id}");
        Assert.Equal("Decision returned", shown.Document.QuerySelector("[data-testid=concern-status]")!.TextContent);
        Assert.Contains("Talk to the adult first.", shown.Text);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Enquiries.CountAsync(e => e.ConcernId == concern.Id)));
    }

    [Fact]
    public async Task Review_OtherTeamsManager_IsNotFoundAndSocialWorkerForbidden()
    {
        var concern = await TestData.CreateConcernAsync(factory, decision: TestData.Section42Decision());
        using var south = await SignedInAsync(DemoAccounts.SouthTeamManager);
        using var worker = await SignedInAsync(DemoAccounts.SocialWorker);

        Assert.Equal(HttpStatusCode.NotFound, (await south.GetPageAsync($"/concerns/{concern.Id}/decision/review")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetPageAsync($"/concerns/{concern.Id}/decision/review")).StatusCode);
    }

    [Fact]
    public async Task Review_AuthoriseWithAnEarlierStartDate_RecordsWhenTheEnquiryReallyStarted()
    {
        var concern = await TestData.CreateConcernAsync(factory, decision: TestData.Section42Decision());
        using var manager = await SignedInAsync(DemoAccounts.TeamManager);
        var form = await manager.GetPageAsync($"/concerns/{concern.Id}/decision/review");

        await manager.SubmitAsync($"/concerns/{concern.Id}/decision/review", [
            new("Form.Outcome", "authorise"), new("Form.AllocateTo", ReviewForm.Unallocated), .. TestData.Date("Form.StartedOn", concern.ReceivedOn.AddDays(2)),
            new("Form.Version", form.ValueOf("Form.Version")!)]);

        var enquiry = await factory.WithDbAsync(db => db.Enquiries.SingleAsync(e => e.ConcernId == concern.Id));
        Assert.Equal(concern.ReceivedOn.AddDays(2), enquiry.StartedOn);
        Assert.Equal(TestData.Today, enquiry.OpenedOn);
    }

    [Fact]
    public async Task Review_StartDateBeforeTheConcern_IsShownAgainstTheDateAndNothingIsAuthorised()
    {
        var concern = await TestData.CreateConcernAsync(factory, decision: TestData.Section42Decision());
        using var manager = await SignedInAsync(DemoAccounts.TeamManager);
        var form = await manager.GetPageAsync($"/concerns/{concern.Id}/decision/review");

        var page = await manager.SubmitAsync($"/concerns/{concern.Id}/decision/review", [
            new("Form.Outcome", "authorise"), new("Form.AllocateTo", ReviewForm.Unallocated), .. TestData.Date("Form.StartedOn", concern.ReceivedOn.AddDays(-1)),
            new("Form.Version", form.ValueOf("Form.Version")!)]);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(("Date the enquiry started must be on or after the date the concern was received", "#Form_StartedOn"), page.ErrorSummary);
        Assert.Equal(concern.ReceivedOn.AddDays(-1).Day.ToString(System.Globalization.CultureInfo.InvariantCulture), page.ValueOf("Form.StartedOn.Day"));
        Assert.False(await factory.WithDbAsync(db => db.Enquiries.AnyAsync(e => e.ConcernId == concern.Id)));
    }
}
