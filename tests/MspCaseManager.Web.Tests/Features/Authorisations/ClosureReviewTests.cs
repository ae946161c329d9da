using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Audit;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Plans;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Authorisations;

public class ClosureReviewTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private Task<string> VersionAsync(int id) =>
        factory.WithDbAsync(async db => db.VersionOf(await db.Enquiries.SingleAsync(e => e.Id == id)).ToString());

    private Task<Enquiry> ReloadAsync(int id) => factory.WithDbAsync(db => db.Enquiries.WithEverything().SingleAsync(e => e.Id == id));

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

    [Fact]
    public async Task Review_ShowsWhatIsBeingSignedOff()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        await TestData.ChangeEnquiryAsync(factory, enquiry.Id, (e, _) => e.RecordFeelingSafeAtStart(true, 3, null));
        await TestData.MakeReadyToCloseAsync(factory, enquiry.Id);
        await TestData.ChangeEnquiryAsync(factory, enquiry.Id, (e, userId) =>
        {
            e.AddPlanAction(EnquiryHistories.PlanAction(-3, PlanActionStatus.InProgress) with { What = "Bank to refund the last payment" }, TestData.Today);
            e.ConfirmSacCapacity(SacLackedCapacity.No, null, null, userId, DateTime.UtcNow);
            e.RequestClosure("Calls blocked; money partly recovered.", userId, Now());
        });
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        var page = await manager.GetPageAsync($"/enquiries/{enquiry.Id}/closure/review");

        Assert.Equal("Review the closure request", page.Heading);
        Assert.Equal("Calls blocked; money partly recovered.", page.Document.QuerySelector("[data-testid=closing-summary]")!.TextContent);
        var review = page.Document.QuerySelector("[data-testid=outcomes-review]")!.TextContent;
        Assert.Contains("“to feel safe at home”", review);
        Assert.Contains("Fully Achieved", review);
        var safe = page.Document.QuerySelector("[data-testid=feeling-safe]")!.TextContent;
        Assert.Contains("3 out of 10", safe);
        Assert.Contains("8 out of 10", safe);
        var risk = page.Document.QuerySelector("[data-testid=risk-and-capacity]")!.TextContent;
        Assert.Contains(RiskAssessmentOutcome.RiskIdentifiedActionTaken.ToLabel(), risk);
        Assert.Contains(ResultOfAction.RiskRemoved.ToLabel(), risk);
        Assert.Contains(SacLackedCapacity.No.ToLabel(), risk);
        var open = page.Document.QuerySelector("[data-testid=still-open]")!.TextContent;
        Assert.Contains("Bank to refund the last payment", open);
        Assert.Contains("Overdue", open);
    }

    [Fact]
    public async Task Review_ManagerAuthorises_ClosesTheEnquiryAndAuditsIt()
    {
        var enquiry = await ClosureRequestedAsync();
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        var page = await manager.SubmitAsync($"/enquiries/{enquiry.Id}/closure/review",
            [new("Form.Outcome", "authorise"), new("Form.Version", await VersionAsync(enquiry.Id))]);
        var show = await manager.GetPageAsync($"/enquiries/{enquiry.Id}");

        Assert.Equal($"/enquiries/{enquiry.Id}", page.RedirectLocation);
        var closed = await ReloadAsync(enquiry.Id);
        Assert.Equal(EnquiryStatus.Closed, closed.Status);
        Assert.Equal(DecisionStatus.Authorised, closed.CurrentClosureRequest!.Decision);
        Assert.Contains("This enquiry is closed. A team manager can reopen it.", show.Document.QuerySelector("[data-testid=closed-notice]")!.TextContent);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(a =>
            a.Action == AuditAction.Authorise && a.EntityType == nameof(Enquiry) && a.EntityId == enquiry.Id.ToString())));
    }

    [Fact]
    public async Task Review_ManagerWhoRequestedClosure_CannotAuthoriseIt()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        await TestData.MakeReadyToCloseAsync(factory, enquiry.Id);
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);
        await manager.SubmitAsync($"/enquiries/{enquiry.Id}/closure",
            [new("Form.Summary", "Requested by the manager."), new("Form.Version", await VersionAsync(enquiry.Id))]);

        var page = await manager.SubmitAsync($"/enquiries/{enquiry.Id}/closure/review",
            [new("Form.Outcome", "authorise"), new("Form.Version", await VersionAsync(enquiry.Id))]);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(
            [("You asked for this enquiry to be closed, so another team manager must authorise it", "#Form_Outcome")],
            page.ErrorSummary);
        Assert.Equal(EnquiryStatus.ClosureRequested, (await ReloadAsync(enquiry.Id)).Status);
    }

    [Fact]
    public async Task Review_ReturnWithoutComments_IsRefused()
    {
        var enquiry = await ClosureRequestedAsync();
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        var page = await manager.SubmitAsync($"/enquiries/{enquiry.Id}/closure/review",
            [new("Form.Outcome", "return"), new("Form.Version", await VersionAsync(enquiry.Id))]);

        Assert.Equal([("Enter why you are returning the request", "#Form_ManagerComments")], page.ErrorSummary);
        Assert.Equal("return", page.ValueOf("Form.Outcome"));
    }

    [Fact]
    public async Task Review_ReturnWithComments_ReopensForTheWorker()
    {
        var enquiry = await ClosureRequestedAsync();
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        var page = await manager.SubmitAsync($"/enquiries/{enquiry.Id}/closure/review",
            [new("Form.Outcome", "return"), new("Form.ManagerComments", "Say what the bank agreed."), new("Form.Version", await VersionAsync(enquiry.Id))]);

        Assert.Equal($"/enquiries/{enquiry.Id}", page.RedirectLocation);
        var returned = await ReloadAsync(enquiry.Id);
        Assert.Equal(EnquiryStatus.Open, returned.Status);
        Assert.Equal("Say what the bank agreed.", returned.CurrentClosureRequest!.ManagerComments);
    }

    [Fact]
    public async Task Review_RecordChangedSinceTheRequest_IsRefusedByTheEnquiry()
    {
        var enquiry = await ClosureRequestedAsync();
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"Enquiries\" SET \"RiskOutcome\" = NULL WHERE \"Id\" = {0}", enquiry.Id));
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        var page = await manager.SubmitAsync($"/enquiries/{enquiry.Id}/closure/review",
            [new("Form.Outcome", "authorise"), new("Form.Version", await VersionAsync(enquiry.Id))]);

        Assert.Equal([(ClosureBlocker.RiskOutcomeMissing.ToLabel(), null)], page.ErrorSummary);
        Assert.Equal(EnquiryStatus.ClosureRequested, (await ReloadAsync(enquiry.Id)).Status);
    }

    [Fact]
    public async Task Review_SocialWorker_IsForbidden()
    {
        var enquiry = await ClosureRequestedAsync();
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await worker.GetAsync($"/enquiries/{enquiry.Id}/closure/review");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
    }
}
