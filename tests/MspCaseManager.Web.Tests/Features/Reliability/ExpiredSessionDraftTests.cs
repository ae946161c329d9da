using Microsoft.EntityFrameworkCore;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Reliability;

/// <summary>
/// A form posted after the sign-in has ended is not lost: signing in again leads back to what was
/// typed, which is saved only when the same person sends it again.
/// </summary>
public class ExpiredSessionDraftTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly string LongNote = string.Join(' ', Enumerable.Repeat("Visited Mrs Ahmed at home; she said her nephew has her bank card and she is frightened of him.", 20));

    [Fact]
    public async Task Post_AfterTheSessionTimedOut_SignInLeadsBackToTheTypingAndSavingItStoresTheNote()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var form = await client.GetPageAsync($"/enquiries/{enquiry.Id}/notes/new");

        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        var posted = await client.PostAsync(
            $"/enquiries/{enquiry.Id}/notes/new", [.. Note(LongNote), new("SubmissionKey", form.ValueOf("SubmissionKey")!)], form.AntiForgeryToken());

        var signIn = posted.RedirectLocation!;
        Assert.StartsWith("/sign-in?ReturnUrl=%2Fdrafts%2F", signIn);
        Assert.False(await NoteSavedAsync(enquiry.Id), "Nothing is saved before the user signs in and sends it again");

        var draftUrl = Uri.UnescapeDataString(signIn["/sign-in?ReturnUrl=".Length..]);
        var signedIn = await client.SubmitAsync(signIn, [new("Email", DemoAccounts.SocialWorker.Email), new("Password", DemoAccounts.Password), new("ReturnUrl", draftUrl)]);
        Assert.Equal(draftUrl, signedIn.RedirectLocation);

        var draft = await client.GetPageAsync(draftUrl);
        Assert.Equal("Your changes have not been saved yet", draft.Heading);
        Assert.Equal(
            [("Occurred on", TestData.Today.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))), ("Type", "Conversation with the adult"), ("Text", LongNote)],
            draft.Document.QuerySelectorAll(".govuk-summary-list__row")
                .Select(r => (r.QuerySelector("dt")!.TextContent.Trim(), r.QuerySelector("dd")!.TextContent.Trim())));
        var hidden = draft.HiddenFields($"form[action='{draftUrl}/resume']");

        // Each of the page's forms carries its own anti-forgery token, as a browser sends only that form's fields.
        var resumed = await client.PostAsync($"{draftUrl}/resume", hidden, TokenOf(draft, $"{draftUrl}/resume"));
        Assert.Equal(HttpStatusCode.TemporaryRedirect, resumed.StatusCode);
        Assert.Equal($"/enquiries/{enquiry.Id}/notes/new", resumed.RedirectLocation);

        // The browser posts the same body again to where a 307 points.
        var saved = await client.PostAsync(resumed.RedirectLocation!, hidden, TokenOf(draft, $"{draftUrl}/resume"));
        Assert.Equal($"/enquiries/{enquiry.Id}/notes", saved.RedirectLocation);
        Assert.True(await NoteSavedAsync(enquiry.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(draftUrl)).StatusCode);
    }

    [Fact]
    public async Task Draft_AnotherMemberOfStaff_IsNotFound()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        var draftUrl = await ExpiredPostAsync(enquiry.Id);

        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync(draftUrl)).StatusCode);
    }

    [Fact]
    public async Task Draft_Discarded_IsNotOfferedAgainAndNothingIsSaved()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        var draftUrl = await ExpiredPostAsync(enquiry.Id);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var draft = await client.GetPageAsync(draftUrl);

        var discarded = await client.PostAsync($"{draftUrl}/discard", [], TokenOf(draft, $"{draftUrl}/discard"));

        Assert.Equal("/", discarded.RedirectLocation);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(draftUrl)).StatusCode);
        Assert.False(await NoteSavedAsync(enquiry.Id));
    }

    [Fact]
    public async Task Post_ExpiredSessionWithoutTheFormsToken_KeepsNothing()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var draftsBefore = await factory.WithDbAsync(db => db.FormDrafts.CountAsync());

        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        var posted = await client.PostAsync($"/enquiries/{enquiry.Id}/notes/new", Note("Forged"), antiForgeryToken: null);

        Assert.EndsWith($"/sign-in?ReturnUrl=%2Fenquiries%2F{enquiry.Id}%2Fnotes%2Fnew", posted.RedirectLocation);
        Assert.Equal(draftsBefore, await factory.WithDbAsync(db => db.FormDrafts.CountAsync()));
    }

    private async Task<string> ExpiredPostAsync(int enquiryId)
    {
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var form = await client.GetPageAsync($"/enquiries/{enquiryId}/notes/new");
        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        var posted = await client.PostAsync($"/enquiries/{enquiryId}/notes/new", Note("Rang her daughter"), form.AntiForgeryToken());
        return Uri.UnescapeDataString(posted.RedirectLocation!["/sign-in?ReturnUrl=".Length..]);
    }

    private static string TokenOf(Page page, string action) =>
        page.Document.QuerySelector($"form[action='{action}'] input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new Xunit.Sdk.XunitException($"The form posting to {action} carries no anti-forgery token");

    private static IEnumerable<KeyValuePair<string, string>> Note(string text) =>
        [.. TestData.Date("Form.OccurredOn", TestData.Today), new("Form.Type", "ConversationWithAdult"), new("Form.Text", text), new("Form.Version", "0")];

    private Task<bool> NoteSavedAsync(int enquiryId) =>
        factory.WithDbAsync(db => db.CaseNotes.AnyAsync(n => n.EnquiryId == enquiryId));
}
