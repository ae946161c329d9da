using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Enquiries.Outcomes;

public class EnquiryOutcomesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static IEnumerable<KeyValuePair<string, string>> Outcome(string words, string version = "0") =>
        [new("Form.Who", "adult"), new("Form.Words", words), new("Form.Category", "AbuserToStayAway"), .. TestData.Date("Form.On", TestData.Today), new("Form.Version", version)];

    [Fact]
    public async Task Add_Valid_RecordsTheOutcomeInTheirWords()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var response = await client.SubmitAsync($"/enquiries/{enquiry.Id}/outcomes/new", Outcome("I want Gary to leave me alone"));
        var section = await client.GetPageAsync($"/enquiries/{enquiry.Id}/outcomes");

        Assert.Equal($"/enquiries/{enquiry.Id}/outcomes", response.RedirectLocation);
        Assert.Equal("“I want Gary to leave me alone”", section.Document.QuerySelector("[data-testid=outcome-words]")!.TextContent);
        Assert.Equal("Yes, they were asked and outcomes were expressed", section.Document.QuerySelector("[data-testid=outcomes-asked]")!.ChildNodes[0].TextContent);
    }

    [Fact]
    public async Task Add_NoWords_ShowsErrorsAndKeepsInput()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/outcomes/new",
            [new("Form.Who", "representative"), new("Form.RepresentativeName", "Ann"), new("Form.Words", " "), new("Form.Version", "0")]);

        Assert.Equal(
            [("Enter the outcome in the person's own words", "#Form_Words"), ("Select the category", "#Form_Category"),
             ("Enter the date", "#Form_On"), ("Select the representative's role", "#Form_RepresentativeRole")],
            page.ErrorSummary);
        Assert.Equal("Ann", page.ValueOf("Form.RepresentativeName"));
        Assert.Equal("representative", page.ValueOf("Form.Who"));
    }

    [Fact]
    public async Task Add_OtherTeam_IsNotFound()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, DemoAccounts.SouthTeam, DemoAccounts.SouthSocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var form = await client.GetPageAsync($"/enquiries/{enquiry.Id}/outcomes/new");
        var section = await client.GetPageAsync($"/enquiries/{enquiry.Id}/outcomes");

        Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, section.StatusCode);
    }

    [Fact]
    public async Task Add_FormOpenedBeforeAnotherSave_StillAddsTheOutcome()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var form = await client.GetPageAsync($"/enquiries/{enquiry.Id}/outcomes/new");
        await TestData.TouchAsync<Enquiry>(factory, enquiry.Id);

        var page = await client.PostAsync($"/enquiries/{enquiry.Id}/outcomes/new", Outcome("Stay safe", form.ValueOf("Form.Version")!), form.AntiForgeryToken());

        Assert.Equal($"/enquiries/{enquiry.Id}/outcomes", page.RedirectLocation);
        var saved = await factory.WithDbAsync(db => db.Enquiries.WithEverything().SingleAsync(e => e.Id == enquiry.Id));
        Assert.Equal("Stay safe", Assert.Single(saved.DesiredOutcomes).Words);
    }

    [Fact]
    public async Task Change_Valid_KeepsTheHistory()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        await client.SubmitAsync($"/enquiries/{enquiry.Id}/outcomes/new", Outcome("Get my money back"));
        var outcomeId = await factory.WithDbAsync(db => db.Enquiries.WithEverything().Where(e => e.Id == enquiry.Id).SelectMany(e => e.DesiredOutcomes).Select(o => o.Id).SingleAsync());
        var form = await client.GetPageAsync($"/enquiries/{enquiry.Id}/outcomes/{outcomeId}/change");

        var response = await client.PostAsync($"/enquiries/{enquiry.Id}/outcomes/{outcomeId}/change",
            [new("Form.Words", "Keep my money safe"), new("Form.Category", "AbuserToStayAway"), .. TestData.Date("Form.On", TestData.Today),
             new("Form.Reason", "Talked it through"), new("Form.Version", form.ValueOf("Form.Version")!)], form.AntiForgeryToken());
        var section = await client.GetPageAsync($"/enquiries/{enquiry.Id}/outcomes");

        Assert.Equal($"/enquiries/{enquiry.Id}/outcomes", response.RedirectLocation);
        Assert.StartsWith($"Changed on {TestData.Today.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))} from ‘Get my money back’ to ‘Keep my money safe’",
            section.Document.QuerySelector("[data-testid=outcome-history] li")!.TextContent);
    }

    [Fact]
    public async Task Withdraw_NoReason_ShowsError()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        await client.SubmitAsync($"/enquiries/{enquiry.Id}/outcomes/new", Outcome("Move house"));
        var outcomeId = await factory.WithDbAsync(db => db.Enquiries.WithEverything().Where(e => e.Id == enquiry.Id).SelectMany(e => e.DesiredOutcomes).Select(o => o.Id).SingleAsync());

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/outcomes/{outcomeId}/withdraw",
            [.. TestData.Date("Form.WithdrawnOn", TestData.Today), new("Form.Version", "1")]);

        Assert.Equal([("Enter why the outcome was withdrawn", "#Form_WithdrawnReason")], page.ErrorSummary);
    }

    [Fact]
    public async Task FeelingSafe_ScoreOutOfRange_IsRefusedByTheRule()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/outcomes/feeling-safe", [new("Form.Score", "11"), new("Form.Version", "0")]);
        var saved = await client.SubmitAsync($"/enquiries/{enquiry.Id}/outcomes/feeling-safe", [new("Form.Score", "4"), new("Form.Version", "0")]);

        Assert.Equal([("Enter a whole number from 0 to 10", "#Form_Score")], page.ErrorSummary);
        Assert.Equal($"/enquiries/{enquiry.Id}/outcomes", saved.RedirectLocation);
        Assert.Equal("4", (await client.GetPageAsync($"/enquiries/{enquiry.Id}/outcomes/feeling-safe")).ValueOf("Form.Score"));
    }

    [Fact]
    public async Task FeelingSafe_AtTheStart_IsAskedTheSameWayAsAtTheEnd()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        static List<string> Choices(Page page, string name) =>
            page.Document.QuerySelectorAll($"input[type=radio][name='{name}']").Select(i => i.GetAttribute("value")!).ToList();

        var start = await client.GetPageAsync($"/enquiries/{enquiry.Id}/outcomes/feeling-safe");
        var end = await client.GetPageAsync($"/enquiries/{enquiry.Id}/review");

        Assert.Equal([.. Enumerable.Range(0, 11).Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)), "NotAsked"], Choices(start, "Form.Score"));
        Assert.Equal(Choices(start, "Form.Score"), Choices(end, "Form.FeelingSafeAtEnd"));
    }

    [Fact]
    public async Task FeelingSafe_NothingChosen_IsRefusedAgainstTheQuestion()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/outcomes/feeling-safe", [new("Form.Version", "0")]);

        Assert.Equal([("Select how safe the person feels, or that they were not asked", "#Form_Score")], page.ErrorSummary);
        Assert.NotNull(page.ById("Form_Score"));
    }

    [Fact]
    public async Task FeelingSafe_NotAskedWithWhy_IsRecorded()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var saved = await client.SubmitAsync($"/enquiries/{enquiry.Id}/outcomes/feeling-safe",
            [new("Form.Score", "NotAsked"), new("Form.NotAskedReason", "Too distressed on the first visit"), new("Form.Version", "0")]);

        Assert.Equal($"/enquiries/{enquiry.Id}/outcomes", saved.RedirectLocation);
        var recorded = await factory.WithDbAsync(db => db.Enquiries.Where(e => e.Id == enquiry.Id).Select(e => e.FeelingSafeAtStart).SingleAsync());
        Assert.False(recorded!.WasAsked);
        Assert.Equal("Too distressed on the first visit", recorded.NotAskedReason);
    }

    [Fact]
    public async Task Asked_ByRepresentative_RecordsWhoWasAsked()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        var response = await client.SubmitAsync($"/enquiries/{enquiry.Id}/outcomes/asked",
            [new("Form.OutcomesAsked", "YesAndExpressed"), new("Form.Who", "representative"), new("Form.RepresentativeRole", "FamilyMember"),
             new("Form.RepresentativeName", "Ann Smith"), new("Form.Version", "0")]);
        var section = await client.GetPageAsync($"/enquiries/{enquiry.Id}/outcomes");

        Assert.Equal($"/enquiries/{enquiry.Id}/outcomes", response.RedirectLocation);
        Assert.Contains("Asked: Ann Smith (Family member)", section.Document.QuerySelector("[data-testid=outcomes-asked]")!.TextContent);
    }
}
