using Microsoft.EntityFrameworkCore;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Enquiries.Review;

namespace MspCaseManager.Web.Tests.Features.Enquiries.Review;

/// <summary>
/// A long review over more than one visit: "Save and finish later" keeps what was typed for the
/// worker who typed it, records nothing on the enquiry, and the review opens with it again until it is saved.
/// </summary>
public class OutcomesReviewPartWayTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<(int Id, IReadOnlyList<int> OutcomeIds)> EnquiryWithOutcomesAsync()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, DemoAccounts.NorthTeam, allocatedTo: DemoAccounts.SocialWorker);
        await TestData.AddDesiredOutcomesAsync(factory, enquiry.Id, "to stay in my flat", "to see my grandson");
        var ids = await factory.WithDbAsync(db => db.Enquiries.Where(e => e.Id == enquiry.Id)
            .SelectMany(e => e.DesiredOutcomes).OrderBy(o => o.Number).Select(o => o.Id).ToListAsync());
        return (enquiry.Id, ids);
    }

    private static string OutcomesReviewStatus(Page overview) =>
        overview.Document.GetElementById($"task-{EnquirySection.OutcomesReview}-status")!.TextContent.Trim();

    /// <summary>Half a review: who took part and the first outcome's answer and comment.</summary>
    private static async Task<Page> SavePartWayAsync(AppClient client, int id, IReadOnlyList<int> outcomeIds)
    {
        var form = await client.GetPageAsync($"/enquiries/{id}/review");
        return await client.PostAsync($"/enquiries/{id}/review/part-way",
        [
            .. form.HiddenFields("form"),
            .. TestData.Date("Form.ReviewedOn", TestData.Today),
            new("Form.TookPart", nameof(ReviewParticipation.Adult)),
            new("Form.Answers[0].DesiredOutcomeId", outcomeIds[0].ToString()),
            new("Form.Answers[0].Achievement", nameof(OutcomeAchievement.FullyAchieved)),
            new("Form.Answers[0].Comment", "I am staying put, and the new lock helps"),
            new("Form.Answers[1].DesiredOutcomeId", outcomeIds[1].ToString()),
        ], form.AntiForgeryToken());
    }

    [Fact]
    public async Task SavePartWay_KeepsTheAnswersForTheWorkerAndRecordsNothing()
    {
        var (id, outcomeIds) = await EnquiryWithOutcomesAsync();
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var saved = await SavePartWayAsync(worker, id, outcomeIds);

        Assert.Equal($"/enquiries/{id}", saved.RedirectLocation);
        var overview = await worker.GetPageAsync($"/enquiries/{id}");
        Assert.Contains(OutcomesReviewController.SavedPartWayMessage, overview.Text);
        Assert.Equal("In progress", OutcomesReviewStatus(overview));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Enquiries.Where(e => e.Id == id).Select(e => e.OutcomesReviews.Count).SingleAsync()));

        var reopened = await worker.GetPageAsync($"/enquiries/{id}/review");
        Assert.NotNull(reopened.Document.QuerySelector("[data-testid=saved-part-way]"));
        Assert.Equal(nameof(ReviewParticipation.Adult), reopened.ValueOf("Form.TookPart"));
        Assert.Equal(nameof(OutcomeAchievement.FullyAchieved), reopened.ValueOf("Form.Answers[0].Achievement"));
        Assert.Equal("I am staying put, and the new lock helps", reopened.ValueOf("Form.Answers[0].Comment"));
        Assert.Null(reopened.ValueOf("Form.Answers[1].Achievement"));
        Assert.Empty(reopened.ErrorSummary);
    }

    [Fact]
    public async Task SavePartWay_IsNotShownToAnotherMemberOfStaff()
    {
        var (id, outcomeIds) = await EnquiryWithOutcomesAsync();
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        await SavePartWayAsync(worker, id, outcomeIds);
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        var review = await manager.GetPageAsync($"/enquiries/{id}/review");

        Assert.Null(review.Document.QuerySelector("[data-testid=saved-part-way]"));
        Assert.Null(review.ValueOf("Form.Answers[0].Achievement"));
        Assert.Equal("Not started", OutcomesReviewStatus(await manager.GetPageAsync($"/enquiries/{id}")));
    }

    [Fact]
    public async Task SaveTheReview_AfterSavingPartWay_RecordsItAndNoLongerOffersThePartWayAnswers()
    {
        var (id, outcomeIds) = await EnquiryWithOutcomesAsync();
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        await SavePartWayAsync(worker, id, outcomeIds);
        var reopened = await worker.GetPageAsync($"/enquiries/{id}/review");

        var fields = new List<KeyValuePair<string, string>>(reopened.HiddenFields("form"))
        {
            new("Form.TookPart", nameof(ReviewParticipation.Adult)),
            new("Form.Answers[0].Achievement", nameof(OutcomeAchievement.FullyAchieved)),
            new("Form.Answers[1].Achievement", nameof(OutcomeAchievement.NotAchieved)),
            new("Form.Overall", OutcomesReviewForm.WorkedOut),
            new("Form.FeelingSafeAtEnd", "8"),
        };
        fields.AddRange(reopened.DateAsShown("Form.ReviewedOn"));
        foreach (var (question, i) in Enum.GetValues<EndOfEnquiryQuestion>().Select((q, i) => (q, i)))
        {
            fields.Add(new($"Form.Questions[{i}].Answer", nameof(QuestionAnswer.Yes)));
        }

        var saved = await worker.PostAsync($"/enquiries/{id}/review", fields, reopened.AntiForgeryToken());

        Assert.Equal($"/enquiries/{id}", saved.RedirectLocation);
        var review = await worker.GetPageAsync($"/enquiries/{id}/review");
        Assert.Null(review.Document.QuerySelector("[data-testid=saved-part-way]"));
        Assert.Equal(nameof(OutcomeAchievement.NotAchieved), review.ValueOf("Form.Answers[1].Achievement"));
        Assert.Equal("Completed", OutcomesReviewStatus(await worker.GetPageAsync($"/enquiries/{id}")));
    }

    [Fact]
    public async Task Review_WhenTheAdultHasDied_OffersNobodyCouldBeAskedBecauseTheyDied()
    {
        var (id, _) = await EnquiryWithOutcomesAsync();
        await TestData.AdultDiesAsync(factory, id, TestData.Today.AddDays(-2));
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var review = await worker.GetPageAsync($"/enquiries/{id}/review");

        Assert.Equal(nameof(ReviewParticipation.Nobody), review.ValueOf("Form.TookPart"));
        Assert.Equal(nameof(CouldNotAskReason.Died), review.ValueOf("Form.CouldNotAskReason"));
    }

    [Fact]
    public async Task Review_WithTheAdultAfterTheyDied_IsRefusedAndKeepsWhatWasTyped()
    {
        var (id, outcomeIds) = await EnquiryWithOutcomesAsync();
        var diedOn = TestData.Today.AddDays(-2);
        await TestData.AdultDiesAsync(factory, id, diedOn);
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var form = await worker.GetPageAsync($"/enquiries/{id}/review");

        var page = await worker.PostAsync($"/enquiries/{id}/review",
        [
            .. form.HiddenFields("form"),
            .. TestData.Date("Form.ReviewedOn", TestData.Today),
            new("Form.TookPart", nameof(ReviewParticipation.Adult)),
            new("Form.Answers[0].DesiredOutcomeId", outcomeIds[0].ToString()),
            new("Form.Answers[0].Comment", "Typed before the mistake was noticed"),
        ], form.AntiForgeryToken());

        Assert.Contains(page.ErrorSummary, e => e.Message.StartsWith($"The adult died on {diedOn:d MMMM yyyy}, before the review", StringComparison.Ordinal)
            && e.Href == "#Form_TookPart");
        Assert.Equal("Typed before the mistake was noticed", page.ValueOf("Form.Answers[0].Comment"));
    }

    [Fact]
    public async Task Overview_WhenTheAdultHasDied_SaysSoAndStopsAskingForWhatNeededThem()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, DemoAccounts.NorthTeam, allocatedTo: DemoAccounts.SocialWorker);
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var before = await worker.GetPageAsync($"/enquiries/{enquiry.Id}");
        Assert.Null(before.Document.QuerySelector("[data-testid=adult-died]"));
        Assert.NotNull(before.Document.QuerySelector($"[data-testid=duty-{OutstandingDuty.DesiredOutcomesNotAsked}]"));

        var diedOn = TestData.Today.AddDays(-1);
        await TestData.AdultDiesAsync(factory, enquiry.Id, diedOn);
        var after = await worker.GetPageAsync($"/enquiries/{enquiry.Id}");

        Assert.Contains($"died on {diedOn:d MMMM yyyy}", after.Document.QuerySelector(".govuk-caption-l")!.TextContent);
        Assert.NotNull(after.Document.QuerySelector("[data-testid=adult-died]"));
        // Whether their outcomes were asked can still be recorded ("No: they died"); nothing else that needed them is asked for.
        Assert.NotNull(after.Document.QuerySelector($"[data-testid=duty-{OutstandingDuty.DesiredOutcomesNotAsked}]"));
    }
}
