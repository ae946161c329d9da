using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Tests.Features.Enquiries.Review;

public class OutcomesReviewTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<(Enquiry Enquiry, IReadOnlyList<int> OutcomeIds)> EnquiryWithOutcomesAsync(string team = DemoAccounts.NorthTeam)
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, team, allocatedTo: team == DemoAccounts.NorthTeam ? DemoAccounts.SocialWorker : null);
        await TestData.AddDesiredOutcomesAsync(factory, enquiry.Id, "the calls to stop", "to get my money back");
        var ids = await factory.WithDbAsync(db => db.Enquiries.Where(e => e.Id == enquiry.Id)
            .SelectMany(e => e.DesiredOutcomes).OrderBy(o => o.Number).Select(o => o.Id).ToListAsync());
        return (enquiry, ids);
    }

    private static List<KeyValuePair<string, string>> ReviewFields(IReadOnlyList<int> outcomeIds, string version, params OutcomeAchievement[] answers)
    {
        var fields = TestData.Date("Form.ReviewedOn", TestData.Today).ToList();
        fields.Add(new("Form.TookPart", nameof(ReviewParticipation.Adult)));
        for (var i = 0; i < outcomeIds.Count; i++)
        {
            fields.Add(new($"Form.Answers[{i}].DesiredOutcomeId", outcomeIds[i].ToString()));
            fields.Add(new($"Form.Answers[{i}].Achievement", answers[i].ToString()));
            fields.Add(new($"Form.Answers[{i}].Comment", $"Comment {i}"));
        }

        fields.Add(new("Form.Overall", "WorkedOut"));
        foreach (var (question, i) in Enum.GetValues<EndOfEnquiryQuestion>().Select((q, i) => (q, i)))
        {
            fields.Add(new($"Form.Questions[{i}].Question", question.ToString()));
            fields.Add(new($"Form.Questions[{i}].Answer", nameof(QuestionAnswer.Yes)));
        }

        fields.Add(new("Form.FeelingSafeAtEnd", "7"));
        fields.Add(new("Form.Version", version));
        return fields;
    }

    private Task<string> VersionAsync(int id) =>
        factory.WithDbAsync(async db => db.VersionOf(await db.Enquiries.SingleAsync(e => e.Id == id)).ToString());

    private Task<Enquiry> ReloadAsync(int id) => factory.WithDbAsync(db => db.Enquiries.WithEverything().SingleAsync(e => e.Id == id));

    [Fact]
    public async Task Review_Valid_RecordsEachAnswerAndTheWorkedOutOverall()
    {
        var (enquiry, ids) = await EnquiryWithOutcomesAsync();
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var form = await client.GetPageAsync($"/enquiries/{enquiry.Id}/review");

        var page = await client.PostAsync($"/enquiries/{enquiry.Id}/review",
            ReviewFields(ids, form.ValueOf("Form.Version")!, OutcomeAchievement.FullyAchieved, OutcomeAchievement.PartiallyAchieved), form.AntiForgeryToken());

        Assert.Equal($"/enquiries/{enquiry.Id}", page.RedirectLocation);
        var review = (await ReloadAsync(enquiry.Id)).OutcomesReview!;
        Assert.Equal([OutcomeAchievement.FullyAchieved, OutcomeAchievement.PartiallyAchieved], review.Answers.Select(a => a.Achievement));
        Assert.Equal(OutcomeAchievement.PartiallyAchieved, review.Overall);
        Assert.Null(review.OverallOverride);
        Assert.Equal(7, review.FeelingSafeAtEnd!.Score);
    }

    [Fact]
    public async Task Review_Form_ShowsThePersonsWordsAndTheOpeningScore()
    {
        var (enquiry, _) = await EnquiryWithOutcomesAsync();
        await TestData.ChangeEnquiryAsync(factory, enquiry.Id, (e, _) => e.RecordFeelingSafeAtStart(true, 3, null));
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.GetPageAsync($"/enquiries/{enquiry.Id}/review");

        Assert.Equal("Were your outcomes met?", page.Heading);
        Assert.Contains("“the calls to stop”", page.Text);
        Assert.Contains("At the start of the enquiry they said 3 out of 10.", page.Text);
        Assert.Equal("WorkedOut", page.ValueOf("Form.Overall"));
        Assert.Contains("did not change", page.Document.QuerySelector("[data-testid=outcomes-changed]")!.TextContent);
    }

    [Fact]
    public async Task Review_Invalid_ListsErrorsAndKeepsWhatWasTyped()
    {
        var (enquiry, ids) = await EnquiryWithOutcomesAsync();
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var fields = ReviewFields(ids, await VersionAsync(enquiry.Id), OutcomeAchievement.FullyAchieved, OutcomeAchievement.FullyAchieved)
            .Where(f => f.Key is not ("Form.Answers[1].Achievement" or "Form.Questions[2].Answer" or "Form.FeelingSafeAtEnd")).ToList();

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/review", fields);

        Assert.Equal(
            [
                ("Select whether \"to get my money back\" was achieved", "#Form_Answers_1__Achievement"),
                ("Select an answer to \"Did you feel you were listened to?\"", "#Form_Questions_2__Answer"),
                ("Select how safe the person feels now, or that they were not asked", "#Form_FeelingSafeAtEnd"),
            ],
            page.ErrorSummary);
        Assert.NotNull(page.ById("Form_Answers_1__Achievement"));
        Assert.Equal("Comment 0", page.ValueOf("Form.Answers[0].Comment"));
        Assert.Equal(nameof(OutcomeAchievement.FullyAchieved), page.ValueOf("Form.Answers[0].Achievement"));
        Assert.Null((await ReloadAsync(enquiry.Id)).OutcomesReview);
    }

    [Fact]
    public async Task Review_OverallChangedWithoutReason_IsRefusedByTheEnquiry()
    {
        var (enquiry, ids) = await EnquiryWithOutcomesAsync();
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var fields = ReviewFields(ids, await VersionAsync(enquiry.Id), OutcomeAchievement.FullyAchieved, OutcomeAchievement.PartiallyAchieved)
            .Select(f => f.Key == "Form.Overall" ? new KeyValuePair<string, string>(f.Key, nameof(OutcomeAchievement.FullyAchieved)) : f).ToList();

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/review", fields);

        Assert.Equal([("Enter why the overall answer differs from the answers for each outcome", "#Form_OverallOverrideReason")], page.ErrorSummary);
        Assert.Equal(nameof(OutcomeAchievement.FullyAchieved), page.ValueOf("Form.Overall"));
    }

    [Fact]
    public async Task Review_OverallChangedWithReason_KeepsTheOverride()
    {
        var (enquiry, ids) = await EnquiryWithOutcomesAsync();
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var fields = ReviewFields(ids, await VersionAsync(enquiry.Id), OutcomeAchievement.FullyAchieved, OutcomeAchievement.PartiallyAchieved)
            .Select(f => f.Key == "Form.Overall" ? new KeyValuePair<string, string>(f.Key, nameof(OutcomeAchievement.FullyAchieved)) : f)
            .Append(new("Form.OverallOverrideReason", "The money was a small part of what she wanted"))
            .ToList();

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/review", fields);

        Assert.Equal($"/enquiries/{enquiry.Id}", page.RedirectLocation);
        var review = (await ReloadAsync(enquiry.Id)).OutcomesReview!;
        Assert.Equal(OutcomeAchievement.FullyAchieved, review.Overall);
        Assert.Equal(OutcomeAchievement.PartiallyAchieved, review.OverallDefault);
    }

    [Fact]
    public async Task Review_NobodyCouldBeAsked_RecordsTheReasonAndQuestionsAsNotAsked()
    {
        var (enquiry, _) = await EnquiryWithOutcomesAsync();
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/review",
        [
            .. TestData.Date("Form.ReviewedOn", TestData.Today),
            new("Form.TookPart", nameof(ReviewParticipation.Nobody)),
            new("Form.CouldNotAskReason", nameof(CouldNotAskReason.Died)),
            new("Form.Version", await VersionAsync(enquiry.Id)),
        ]);

        Assert.Equal($"/enquiries/{enquiry.Id}", page.RedirectLocation);
        var review = (await ReloadAsync(enquiry.Id)).OutcomesReview!;
        Assert.Equal(CouldNotAskReason.Died, review.CouldNotAskReason);
        Assert.All(review.Questions, q => Assert.Equal(QuestionAnswer.NotAsked, q.Answer));
    }

    [Fact]
    public async Task Review_StaleVersion_ShowsConcurrencyErrorAndKeepsInput()
    {
        var (enquiry, ids) = await EnquiryWithOutcomesAsync();
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var form = await client.GetPageAsync($"/enquiries/{enquiry.Id}/review");
        await TestData.TouchAsync<Enquiry>(factory, enquiry.Id);

        var page = await client.PostAsync($"/enquiries/{enquiry.Id}/review",
            ReviewFields(ids, form.ValueOf("Form.Version")!, OutcomeAchievement.NotAchieved, OutcomeAchievement.NotAchieved), form.AntiForgeryToken());

        Assert.EndsWith(VersionedSave.ConflictAdvice, Assert.Single(page.ErrorSummary).Message);
        Assert.Equal(nameof(OutcomeAchievement.NotAchieved), page.ValueOf("Form.Answers[1].Achievement"));
        Assert.Equal("7", page.ValueOf("Form.FeelingSafeAtEnd"));
    }

    [Theory]
    [InlineData("review")]
    [InlineData("risk-outcome")]
    [InlineData("sac-capacity")]
    public async Task EndOfEnquiryForms_OtherTeam_AreNotFound(string form)
    {
        var (enquiry, _) = await EnquiryWithOutcomesAsync(DemoAccounts.SouthTeam);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var token = (await client.GetPageAsync("/my-cases")).AntiForgeryToken();

        var get = await client.GetPageAsync($"/enquiries/{enquiry.Id}/{form}");
        var post = await client.PostAsync($"/enquiries/{enquiry.Id}/{form}", [new("Form.Version", "1")], token);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task RiskOutcome_ActionTakenWithResult_IsRecorded()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/risk-outcome",
        [
            new("Form.RiskOutcome", nameof(RiskAssessmentOutcome.RiskIdentifiedActionTaken)),
            new("Form.ResultOfAction", nameof(ResultOfAction.RiskReduced)),
            new("Form.InconclusiveResultOfAction", nameof(ResultOfAction.RiskRemoved)),
            new("Form.Version", "0"),
        ]);

        Assert.Equal($"/enquiries/{enquiry.Id}", page.RedirectLocation);
        var saved = await ReloadAsync(enquiry.Id);
        Assert.Equal(RiskAssessmentOutcome.RiskIdentifiedActionTaken, saved.RiskOutcome);
        Assert.Equal(ResultOfAction.RiskReduced, saved.ResultOfAction);
    }

    [Fact]
    public async Task RiskOutcome_ActionTakenWithoutResult_IsRefusedAndKeepsTheChoice()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/risk-outcome",
            [new("Form.RiskOutcome", nameof(RiskAssessmentOutcome.RiskIdentifiedActionTaken)), new("Form.Version", "0")]);

        Assert.Equal([("Select the result of action", "#Form_ResultOfAction")], page.ErrorSummary);
        Assert.Equal(nameof(RiskAssessmentOutcome.RiskIdentifiedActionTaken), page.ValueOf("Form.RiskOutcome"));
        Assert.Null((await ReloadAsync(enquiry.Id)).RiskOutcome);
    }

    [Fact]
    public async Task RiskOutcome_Nothing_IsRefused()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/risk-outcome", [new("Form.Version", "0")]);

        Assert.Equal([("Select the risk assessment outcome", "#Form_RiskOutcome")], page.ErrorSummary);
    }

    [Theory]
    [InlineData(nameof(RiskAssessmentOutcome.InconclusiveActionTaken), nameof(ResultOfAction.RiskRemained), ResultOfAction.RiskRemained)]
    [InlineData(nameof(RiskAssessmentOutcome.InconclusiveActionTaken), null, null)]
    [InlineData(nameof(RiskAssessmentOutcome.NoRiskNoAction), nameof(ResultOfAction.RiskRemained), null)]
    public async Task RiskOutcome_ResultOfActionRule_AsksOnlyWhereItApplies(string outcome, string? result, ResultOfAction? expected)
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        List<KeyValuePair<string, string>> fields = [new("Form.RiskOutcome", outcome), new("Form.Version", "0")];
        if (result is not null)
        {
            fields.Add(new("Form.InconclusiveResultOfAction", result));
        }

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/risk-outcome", fields);

        Assert.Equal($"/enquiries/{enquiry.Id}", page.RedirectLocation);
        Assert.Equal(expected, (await ReloadAsync(enquiry.Id)).ResultOfAction);
    }

    [Fact]
    public async Task RiskOutcome_StaleVersion_ShowsConcurrencyError()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var form = await client.GetPageAsync($"/enquiries/{enquiry.Id}/risk-outcome");
        await TestData.TouchAsync<Enquiry>(factory, enquiry.Id);

        var page = await client.PostAsync($"/enquiries/{enquiry.Id}/risk-outcome",
            [new("Form.RiskOutcome", nameof(RiskAssessmentOutcome.NoRiskNoAction)), new("Form.Version", form.ValueOf("Form.Version")!)], form.AntiForgeryToken());

        Assert.EndsWith(VersionedSave.ConflictAdvice, Assert.Single(page.ErrorSummary).Message);
        Assert.Equal(nameof(RiskAssessmentOutcome.NoRiskNoAction), page.ValueOf("Form.RiskOutcome"));
    }

    [Fact]
    public async Task SacCapacity_Form_ShowsTheDerivedAnswerPreselected()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.GetPageAsync($"/enquiries/{enquiry.Id}/sac-capacity");

        Assert.Contains(SacLackedCapacity.No.ToLabel(), page.Document.QuerySelector("[data-testid=derived-capacity]")!.TextContent);
        Assert.Equal(nameof(SacLackedCapacity.No), page.ValueOf("Form.SacLackedCapacityOverride"));
    }

    [Fact]
    public async Task SacCapacity_ChangedWithoutReason_IsRefusedAndKeepsInput()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/sac-capacity",
        [
            new("Form.SacLackedCapacityOverride", nameof(SacLackedCapacity.Yes)),
            new("Form.SacCapacitySupportOverride", nameof(SacCapacitySupport.No)),
            new("Form.Version", "0"),
        ]);

        Assert.Equal([("Enter why the answer differs from what the enquiry recorded", "#Form_SacCapacityOverrideReason")], page.ErrorSummary);
        Assert.Equal(nameof(SacCapacitySupport.No), page.ValueOf("Form.SacCapacitySupportOverride"));
    }

    [Fact]
    public async Task SacCapacity_ChangedWithReason_IsReported()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/sac-capacity",
        [
            new("Form.SacLackedCapacityOverride", nameof(SacLackedCapacity.DontKnow)),
            new("Form.SacCapacityOverrideReason", "Her GP has raised doubts that were never assessed"),
            new("Form.Version", "0"),
        ]);

        Assert.Equal($"/enquiries/{enquiry.Id}", page.RedirectLocation);
        Assert.Equal(new SacCapacityAnswer(SacLackedCapacity.DontKnow, null), (await ReloadAsync(enquiry.Id)).SacCapacity);
    }

    [Fact]
    public async Task Review_TeamSocialWorkerNotAllocated_IsForbidden()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/enquiries/{enquiry.Id}/review")).StatusCode);
    }
}
