using Microsoft.EntityFrameworkCore;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Infrastructure.Submissions;
using MspCaseManager.Web.Tests.Features.Concerns;

namespace MspCaseManager.Web.Tests.Features.Reliability;

/// <summary>
/// A form sent twice — a double click, the browser's re-post, two tabs — makes its change once,
/// and the second sending goes where the first went, not to an error.
/// </summary>
public sealed class DoubleSubmissionTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task CaseNote_SentTwiceOneAfterTheOther_IsSavedOnceAndBothGoToTheNotes()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var form = await client.GetPageAsync($"/enquiries/{enquiry.Id}/notes/new");
        var fields = Fields(form, [.. TestData.Date("Form.OccurredOn", TestData.Today), new("Form.Type", "Phone"), new("Form.Text", "Rang her daughter")]);

        var first = await client.PostAsync($"/enquiries/{enquiry.Id}/notes/new", fields, form.AntiForgeryToken());
        var second = await client.PostAsync($"/enquiries/{enquiry.Id}/notes/new", fields, form.AntiForgeryToken());

        Assert.Equal($"/enquiries/{enquiry.Id}/notes", first.RedirectLocation);
        Assert.Equal(first.RedirectLocation, second.RedirectLocation);
        Assert.Equal(1, await factory.WithDbAsync(db => db.CaseNotes.CountAsync(n => n.EnquiryId == enquiry.Id)));
        var notes = await client.GetPageAsync(second.RedirectLocation!);
        Assert.Contains(OneSubmissionFilter.AlreadySavedMessage, notes.Text);
    }

    [Fact]
    public async Task Concern_SentTwiceAtOnce_IsRecordedOnce()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var form = await client.GetPageAsync($"/people/{adult.Id}/concerns/new");
        var fields = Fields(form, ConcernsTests.ValidConcern());

        var sent = await Task.WhenAll(
            client.PostAsync($"/people/{adult.Id}/concerns/new", fields, form.AntiForgeryToken()),
            client.PostAsync($"/people/{adult.Id}/concerns/new", fields, form.AntiForgeryToken()));

        var concern = await factory.WithDbAsync(db => db.Concerns.SingleAsync(c => c.AdultId == adult.Id));
        Assert.All(sent, page => Assert.Equal($"/concerns/{concern.Id}", page.RedirectLocation));
    }

    [Fact]
    public async Task PlanAction_SentTwiceAtOnce_IsAddedOnceWithoutAConflict()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var form = await client.GetPageAsync($"/enquiries/{enquiry.Id}/plan/actions/new");
        var fields = Fields(form, [
            new("Form.What", "Ask the bank to stop the standing order"), new("Form.Who", "Northshire Bank"),
            .. TestData.Date("Form.DueOn", TestData.Today.AddDays(7)), new("Form.Status", "NotStarted"),
        ]);

        var sent = await Task.WhenAll(
            client.PostAsync($"/enquiries/{enquiry.Id}/plan/actions/new", fields, form.AntiForgeryToken()),
            client.PostAsync($"/enquiries/{enquiry.Id}/plan/actions/new", fields, form.AntiForgeryToken()));

        Assert.All(sent, page => Assert.Equal($"/enquiries/{enquiry.Id}/plan", page.RedirectLocation));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Enquiries.Where(e => e.Id == enquiry.Id).SelectMany(e => e.PlanActions).CountAsync()));
    }

    [Fact]
    public async Task SentAgainWhileTheFirstIsStillFinishing_GoesWhereTheFirstWent()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        var userId = await TestData.UserIdAsync(factory, DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var form = await client.GetPageAsync($"/enquiries/{enquiry.Id}/notes/new");
        var key = Guid.Parse(form.ValueOf(SubmissionKeys.FieldName)!);
        // The first sending has saved its change and its key, and has not yet written where it led.
        await factory.WithDbAsync(async db =>
        {
            db.FormSubmissions.Add(new MspCaseManager.Data.Submissions.FormSubmission(key, userId, DateTime.UtcNow));
            await db.SaveChangesAsync();
        });

        var second = client.PostAsync($"/enquiries/{enquiry.Id}/notes/new",
            Fields(form, [.. TestData.Date("Form.OccurredOn", TestData.Today), new("Form.Type", "Phone"), new("Form.Text", "Rang her daughter")]),
            form.AntiForgeryToken());
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        await factory.WithDbAsync(async db =>
        {
            (await db.FormSubmissions.SingleAsync(s => s.Key == key)).LedTo($"/enquiries/{enquiry.Id}/notes");
            await db.SaveChangesAsync();
        });

        Assert.Equal($"/enquiries/{enquiry.Id}/notes", (await second).RedirectLocation);
        Assert.Equal(0, await factory.WithDbAsync(db => db.CaseNotes.CountAsync(n => n.EnquiryId == enquiry.Id)));
    }

    [Fact]
    public async Task Form_ShownAgain_CarriesANewKey()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var first = (await client.GetPageAsync($"/enquiries/{enquiry.Id}/notes/new")).ValueOf(SubmissionKeys.FieldName);
        var second = (await client.GetPageAsync($"/enquiries/{enquiry.Id}/notes/new")).ValueOf(SubmissionKeys.FieldName);

        Assert.True(Guid.TryParse(first, out _));
        Assert.NotEqual(first, second);
    }

    /// <summary>What the user typed, with the hidden fields the form carries (its version and its submission key).</summary>
    private static List<KeyValuePair<string, string>> Fields(Page form, IEnumerable<KeyValuePair<string, string>> typed) =>
        [.. typed, .. form.HiddenFields("main form")];
}
