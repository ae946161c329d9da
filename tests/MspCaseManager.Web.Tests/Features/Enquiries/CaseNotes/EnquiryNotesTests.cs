using Microsoft.EntityFrameworkCore;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Data;
using MspCaseManager.Domain.CaseNotes;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Enquiries.CaseNotes;

public class EnquiryNotesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static IEnumerable<KeyValuePair<string, string>> Note(string text, DateOnly on, string version = "0") =>
        [.. TestData.Date("Form.OccurredOn", on), new("Form.Type", "Visit"), new("Form.Text", text), new("Form.Version", version)];

    [Fact]
    public async Task Write_Valid_ShowsNewestFirstWithoutChangingTheEnquiry()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var versionBefore = await factory.WithDbAsync(db => db.Enquiries.Where(e => e.Id == enquiry.Id).Select(e => EF.Property<int>(e, "Version")).SingleAsync());

        var saved = await client.SubmitAsync($"/enquiries/{enquiry.Id}/notes/new", Note("Visited at home", TestData.Today.AddDays(-2)));
        await client.SubmitAsync($"/enquiries/{enquiry.Id}/notes/new", Note("Visited again", TestData.Today));
        var notes = await client.GetPageAsync($"/enquiries/{enquiry.Id}/notes");
        var versionAfter = await factory.WithDbAsync(db => db.Enquiries.Where(e => e.Id == enquiry.Id).Select(e => EF.Property<int>(e, "Version")).SingleAsync());

        Assert.Equal($"/enquiries/{enquiry.Id}/notes", saved.RedirectLocation);
        Assert.Equal(["Visited again", "Visited at home"],
            notes.Document.QuerySelectorAll("[data-testid=case-note] p.app-preserve-lines").Select(p => p.TextContent).ToList());
        Assert.Equal(versionBefore, versionAfter);
    }

    [Fact]
    public async Task Write_Empty_ShowsErrorsAndKeepsInput()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/notes/new", [new("Form.Text", "Rang his sister"), new("Form.Version", "0")]);

        Assert.Equal([("Enter the date", "#Form_OccurredOn"), ("Select the type of note", "#Form_Type")], page.ErrorSummary);
        Assert.Equal("Rang his sister", page.ValueOf("Form.Text"));
    }

    [Fact]
    public async Task Correct_Valid_AddsNoteLinkedBothWaysAndKeepsTheOriginal()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        var (_, noteId) = await TestData.AddPlanActionAndNoteAsync(factory, enquiry.Id);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var saved = await client.SubmitAsync($"/enquiries/{enquiry.Id}/notes/{noteId}/correct", Note("Rang the building society, not the bank", TestData.Today));
        var notes = await client.GetPageAsync($"/enquiries/{enquiry.Id}/notes");
        var stored = await factory.WithDbAsync(db => db.CaseNotes.Where(n => n.EnquiryId == enquiry.Id).OrderBy(n => n.Id).ToListAsync());

        Assert.Equal($"/enquiries/{enquiry.Id}/notes", saved.RedirectLocation);
        Assert.Equal(("Rang the bank", null, noteId), (stored[0].Text, stored[0].CorrectsNoteId, stored[1].CorrectsNoteId!.Value));
        Assert.StartsWith("Corrects note of", notes.Document.QuerySelector("[data-testid=corrects]")!.TextContent.Trim());
        Assert.StartsWith("Corrected by note of", notes.Document.QuerySelector("[data-testid=corrected-by]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Correct_AlreadyCorrectedMeanwhile_ShowsConflictAndKeepsInput()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        var (_, noteId) = await TestData.AddPlanActionAndNoteAsync(factory, enquiry.Id);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var url = $"/enquiries/{enquiry.Id}/notes/{noteId}/correct";
        var form = await client.GetPageAsync(url);
        await client.SubmitAsync(url, Note("First correction", TestData.Today, form.ValueOf("Form.Version")!));

        var stale = await client.PostAsync(url, Note("Second correction", TestData.Today, form.ValueOf("Form.Version")!), form.AntiForgeryToken());

        Assert.EndsWith(VersionedSave.ConflictAdvice, Assert.Single(stale.ErrorSummary).Message);
        Assert.Equal("Second correction", stale.ValueOf("Form.Text"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.CaseNotes.CountAsync(n => n.CorrectsNoteId == noteId)));
    }

    [Fact]
    public async Task Correct_NoteOfAnotherEnquiry_IsNotFound()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        var other = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        var (_, otherNoteId) = await TestData.AddPlanActionAndNoteAsync(factory, other.Id);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync($"/enquiries/{enquiry.Id}/notes/{otherNoteId}/correct")).StatusCode);
    }

    [Fact]
    public async Task Notes_OtherTeam_IsNotFound()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, DemoAccounts.SouthTeam, DemoAccounts.SouthSocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync($"/enquiries/{enquiry.Id}/notes")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync($"/enquiries/{enquiry.Id}/notes/new")).StatusCode);
    }

    [Fact]
    public async Task Notes_MoreThanAPage_PagesAtTheDatabase()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        var workerId = await TestData.UserIdAsync(factory, DemoAccounts.SocialWorker);
        await factory.WithDbAsync(async db =>
        {
            await EnquiryHistories.OpenedDaysAgoAsync(db, enquiry.Id, 30);
            var tracked = await db.Enquiries.WithEverything().SingleAsync(e => e.Id == enquiry.Id);
            for (var i = 0; i < 25; i++)
            {
                db.CaseNotes.Add(tracked.WriteCaseNote(new CaseNoteDetails { OccurredOn = TestData.Today.AddDays(-i), Type = CaseNoteType.Phone, Text = $"Call {i}" }, workerId, DateTime.UtcNow, TestData.Today));
            }

            await db.SaveChangesAsync();
        });
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var second = await client.GetPageAsync($"/enquiries/{enquiry.Id}/notes?page=2");

        Assert.Equal(5, second.Document.QuerySelectorAll("[data-testid=case-note]").Length);
        Assert.NotNull(second.Document.QuerySelector("nav.govuk-pagination"));

        // An old link past the end shows the last page, not "Showing 41 to 25 of 25".
        var pastTheEnd = await client.GetPageAsync($"/enquiries/{enquiry.Id}/notes?page=3");
        Assert.Contains("Showing 21 to 25 of 25 notes.", pastTheEnd.Text);
        Assert.Equal(5, pastTheEnd.Document.QuerySelectorAll("[data-testid=case-note]").Length);
    }
}
