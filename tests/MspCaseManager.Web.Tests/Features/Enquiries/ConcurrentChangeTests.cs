using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Tests.Features.Enquiries;

/// <summary>
/// Two members of staff working on one enquiry at once, each signed in in their own session: an
/// edit saved over someone else's shows who changed the record and when, keeps what was typed and
/// saves it on the next press; an addition to a list is never stopped by someone else's save.
/// </summary>
public class ConcurrentChangeTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static IEnumerable<KeyValuePair<string, string>> Consent(string sharingAgencies, string version) =>
        [new("Form.Answer", "Yes"), .. TestData.Date("Form.AskedOn", TestData.Today), new("Form.ConsentsToShareInformation", "true"),
         new("Form.SharingAgencies", sharingAgencies), new("Form.Version", version)];

    private static IEnumerable<KeyValuePair<string, string>> PlanAction(string what, string version) =>
        [new("Form.What", what), new("Form.Who", "Northshire Bank"), .. TestData.Date("Form.DueOn", TestData.Today.AddDays(14)),
         new("Form.Status", "NotStarted"), new("Form.Version", version)];

    private static IEnumerable<KeyValuePair<string, string>> Outcome(string words, string version) =>
        [new("Form.Who", "adult"), new("Form.Words", words), new("Form.Category", "AbuserToStayAway"), .. TestData.Date("Form.On", TestData.Today),
         new("Form.Version", version)];

    private string ChangedNow(string name) => $"{name} changed this record on {UkTime.Format(factory.Clock.GetUtcNow().UtcDateTime)}, after you opened this page.";

    [Fact]
    public async Task EditSameSection_SecondSaveShowsWhoAndWhenKeepsInputAndSavesWhenSentAgain()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);
        var url = $"/enquiries/{enquiry.Id}/consent/new";
        var workerForm = await worker.GetPageAsync(url);
        var managerForm = await manager.GetPageAsync(url);

        var first = await manager.PostAsync(url, Consent("Police", managerForm.ValueOf("Form.Version")!), managerForm.AntiForgeryToken());
        var conflict = await worker.PostAsync(url, Consent("GP surgery", workerForm.ValueOf("Form.Version")!), workerForm.AntiForgeryToken());
        var afterConflict = await CurrentConsentAsync(enquiry.Id);
        var versionAfterConflict = await VersionAsync(enquiry.Id);
        var again = await worker.PostAsync(url, Consent(conflict.ValueOf("Form.SharingAgencies")!, conflict.ValueOf("Form.Version")!), conflict.AntiForgeryToken());

        Assert.Equal($"/enquiries/{enquiry.Id}/consent", first.RedirectLocation);
        var message = Assert.Single(conflict.ErrorSummary).Message;
        Assert.StartsWith(ChangedNow("Priya Shah"), message);
        Assert.EndsWith(VersionedSave.ConflictAdvice, message);
        Assert.Equal("GP surgery", conflict.ValueOf("Form.SharingAgencies"));
        Assert.Equal(versionAfterConflict, conflict.ValueOf("Form.Version"));
        Assert.NotEqual(workerForm.ValueOf("Form.Version"), versionAfterConflict);
        Assert.Equal(["Police"], afterConflict);
        Assert.Equal($"/enquiries/{enquiry.Id}/consent", again.RedirectLocation);
        Assert.Equal(["GP surgery"], await CurrentConsentAsync(enquiry.Id));
    }

    [Fact]
    public async Task UpdatePlanAction_ChangedByAnotherUser_EachFieldTheyChangedSaysWhatIsSavedNow()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        var (actionId, _) = await TestData.AddPlanActionAndNoteAsync(factory, enquiry.Id);
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);
        var url = $"/enquiries/{enquiry.Id}/plan/actions/{actionId}";
        var workerForm = await worker.GetPageAsync(url);
        var managerForm = await manager.GetPageAsync(url);
        IEnumerable<KeyValuePair<string, string>> Typed(Page form, string what, string who) =>
            [new("Form.What", what), new("Form.Who", who), .. TestData.Date("Form.DueOn", TestData.Today.AddDays(7)), new("Form.Status", "NotStarted"),
             new("Form.Version", form.ValueOf("Form.Version")!)];

        await manager.PostAsync(url, Typed(managerForm, "Talk to the bank about the cards", "Northshire Police"), managerForm.AntiForgeryToken());
        var conflict = await worker.PostAsync(url, Typed(workerForm, "Ask the bank to stop the card", "Sam"), workerForm.AntiForgeryToken());

        Assert.StartsWith(ChangedNow("Priya Shah"), Assert.Single(conflict.ErrorSummary).Message);
        Assert.Equal("Ask the bank to stop the card", conflict.ValueOf("Form.What"));
        Assert.Equal("Sam", conflict.ValueOf("Form.Who"));
        Assert.Equal("Saved now: Northshire Police", conflict.Document.QuerySelector("#Form_Who-saved-now")?.TextContent);
        Assert.Contains("Form_Who-saved-now", conflict.Document.QuerySelector("#Form_Who")!.GetAttribute("aria-describedby"));
        Assert.Equal("Saved now: Talk to the bank about the cards", conflict.Document.QuerySelector("#Form_What-saved-now")?.TextContent);
        Assert.Null(conflict.Document.QuerySelector("#Form_Status-saved-now"));
    }

    [Fact]
    public async Task AddPlanActions_TwoUsersFromFormsOpenedAtOnce_BothSaved()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);
        var url = $"/enquiries/{enquiry.Id}/plan/actions/new";
        var workerForm = await worker.GetPageAsync(url);
        var managerForm = await manager.GetPageAsync(url);

        var first = await worker.PostAsync(url, PlanAction("Ask the bank to stop the card", workerForm.ValueOf("Form.Version")!), workerForm.AntiForgeryToken());
        var second = await manager.PostAsync(url, PlanAction("Refer to the police", managerForm.ValueOf("Form.Version")!), managerForm.AntiForgeryToken());

        Assert.Equal($"/enquiries/{enquiry.Id}/plan", first.RedirectLocation);
        Assert.Equal($"/enquiries/{enquiry.Id}/plan", second.RedirectLocation);
        Assert.Equal(["Ask the bank to stop the card", "Refer to the police"], await PlanActionsAsync(enquiry.Id));
    }

    [Fact]
    public async Task AddPlanActions_TwoUsersAtTheSameMoment_BothSaved()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);
        var url = $"/enquiries/{enquiry.Id}/plan/actions/new";
        var workerForm = await worker.GetPageAsync(url);
        var managerForm = await manager.GetPageAsync(url);

        var pages = await Task.WhenAll(
            Enumerable.Range(1, 2).Select(i => worker.PostAsync(url, PlanAction($"Worker's action {i}", workerForm.ValueOf("Form.Version")!), workerForm.AntiForgeryToken()))
                .Concat(Enumerable.Range(1, 2).Select(i => manager.PostAsync(url, PlanAction($"Manager's action {i}", managerForm.ValueOf("Form.Version")!), managerForm.AntiForgeryToken()))));

        Assert.All(pages, page => Assert.Equal($"/enquiries/{enquiry.Id}/plan", page.RedirectLocation));
        Assert.Equal(4, (await PlanActionsAsync(enquiry.Id)).Count);
    }

    [Fact]
    public async Task AddOutcome_WhileSomeoneElseSavesConsent_BothSaved()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);
        var outcomeForm = await worker.GetPageAsync($"/enquiries/{enquiry.Id}/outcomes/new");
        var consentForm = await manager.GetPageAsync($"/enquiries/{enquiry.Id}/consent/new");

        var consent = await manager.PostAsync($"/enquiries/{enquiry.Id}/consent/new", Consent("Police", consentForm.ValueOf("Form.Version")!), consentForm.AntiForgeryToken());
        var outcome = await worker.PostAsync($"/enquiries/{enquiry.Id}/outcomes/new", Outcome("To stay in my flat", outcomeForm.ValueOf("Form.Version")!), outcomeForm.AntiForgeryToken());

        Assert.Equal($"/enquiries/{enquiry.Id}/consent", consent.RedirectLocation);
        Assert.Equal($"/enquiries/{enquiry.Id}/outcomes", outcome.RedirectLocation);
        var saved = await factory.WithDbAsync(db => db.Enquiries.WithEverything().SingleAsync(e => e.Id == enquiry.Id));
        Assert.Equal("To stay in my flat", Assert.Single(saved.DesiredOutcomes).Words);
        Assert.Equal(["Police"], await CurrentConsentAsync(enquiry.Id));
    }

    [Fact]
    public async Task AddPlanAction_EnquiryClosedSinceTheFormWasOpened_RefusedWithTheClosedMessage()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        await TestData.MakeReadyToCloseAsync(factory, enquiry.Id);
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var url = $"/enquiries/{enquiry.Id}/plan/actions/new";
        var form = await worker.GetPageAsync(url);
        await TestData.ChangeEnquiryAsync(factory, enquiry.Id, (e, userId) => e.RequestClosure("All done.", userId, DateTime.UtcNow));
        await TestData.ChangeEnquiryAsync(factory, enquiry.Id, (e, userId) => e.AuthoriseClosure(userId, DateTime.UtcNow), DemoAccounts.TeamManager);

        var page = await worker.PostAsync(url, PlanAction("Refer to the police", form.ValueOf("Form.Version")!), form.AntiForgeryToken());

        Assert.Equal([("This enquiry is closed, so it cannot be changed", null)], page.ErrorSummary);
        Assert.Equal("Refer to the police", page.ValueOf("Form.What"));
        Assert.Empty(await PlanActionsAsync(enquiry.Id));
    }

    [Fact]
    public async Task RequestClosure_TwoRequests_SecondShowsWhoAskedAndGivesItsSummaryBack()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        await TestData.MakeReadyToCloseAsync(factory, enquiry.Id);
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);
        var url = $"/enquiries/{enquiry.Id}/closure";
        var workerForm = await worker.GetPageAsync(url);
        var managerForm = await manager.GetPageAsync(url);

        var first = await worker.PostAsync(url, [new("Form.Summary", "Calls blocked; the adult feels safe."), new("Form.Version", workerForm.ValueOf("Form.Version")!)], workerForm.AntiForgeryToken());
        var second = await manager.PostAsync(url, [new("Form.Summary", "The bank stopped the payments."), new("Form.Version", managerForm.ValueOf("Form.Version")!)], managerForm.AntiForgeryToken());

        Assert.Equal($"/enquiries/{enquiry.Id}", first.RedirectLocation);
        Assert.StartsWith(ChangedNow("Sam Okafor"), Assert.Single(second.ErrorSummary).Message);
        Assert.Equal("The bank stopped the payments.", second.Document.QuerySelector("[data-testid=unsent-summary]")?.TextContent);
        Assert.Contains("Calls blocked; the adult feels safe.", second.Document.QuerySelector("[data-testid=closure-history]")!.TextContent);
        var requests = await factory.WithDbAsync(db => db.Enquiries.WithEverything().Where(e => e.Id == enquiry.Id).SelectMany(e => e.ClosureRequests).Select(r => r.Summary).ToListAsync());
        Assert.Equal(["Calls blocked; the adult feels safe."], requests);
    }

    [Fact]
    public async Task Allocation_ChangedInAnotherSession_SecondSeesWhoChangedItAndTheCurrentHolder()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);
        using var otherSession = await factory.SignedInClientAsync(DemoAccounts.TeamManager);
        var url = $"/enquiries/{enquiry.Id}/allocation";
        var form = await manager.GetPageAsync(url);
        var other = await otherSession.GetPageAsync(url);
        await otherSession.PostAsync(url, [new("Form.AllocateTo", "unallocated"), new("Form.Reason", "Sam is on leave"), new("Form.Version", other.ValueOf("Form.Version")!)], other.AntiForgeryToken());

        var page = await manager.PostAsync(url,
            [new("Form.AllocateTo", await TestData.UserIdAsync(factory, DemoAccounts.SocialWorker)), new("Form.Reason", "Back from leave"), new("Form.Version", form.ValueOf("Form.Version")!)],
            form.AntiForgeryToken());

        Assert.StartsWith(ChangedNow("Priya Shah"), Assert.Single(page.ErrorSummary).Message);
        Assert.Equal("Back from leave", page.ValueOf("Form.Reason"));
        Assert.DoesNotContain("Holds the enquiry now", page.Document.Body!.TextContent);
        Assert.Equal(await VersionAsync(enquiry.Id), page.ValueOf("Form.Version"));
        Assert.Null(await factory.WithDbAsync(db => db.Enquiries.Where(e => e.Id == enquiry.Id).Select(e => e.AllocatedWorkerId).SingleAsync()));
    }

    private Task<List<string?>> CurrentConsentAsync(int enquiryId) =>
        factory.WithDbAsync(async db =>
        {
            var enquiry = await db.Enquiries.WithEverything().SingleAsync(e => e.Id == enquiryId);
            return enquiry.ConsentRecords.OrderByDescending(c => c.Id).Take(1).Select(c => string.Join(", ", c.SharingAgencies)).Cast<string?>().ToList();
        });

    private Task<List<string>> PlanActionsAsync(int enquiryId) =>
        factory.WithDbAsync(db => db.Enquiries.WithEverything().Where(e => e.Id == enquiryId).SelectMany(e => e.PlanActions).OrderBy(a => a.Id).Select(a => a.What).ToListAsync());

    private Task<string> VersionAsync(int enquiryId) =>
        factory.WithDbAsync(async db => (await db.Enquiries.Where(e => e.Id == enquiryId).Select(e => EF.Property<int>(e, "Version")).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
