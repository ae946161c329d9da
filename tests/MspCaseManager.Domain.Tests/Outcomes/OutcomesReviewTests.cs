using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.Tests.Enquiries;
using static MspCaseManager.Domain.Tests.Enquiries.TestEnquiries;
using A = MspCaseManager.Domain.Outcomes.OutcomeAchievement;

namespace MspCaseManager.Domain.Tests.Outcomes;

public class OutcomesReviewTests
{
    [Theory]
    [InlineData(new[] { A.FullyAchieved }, A.FullyAchieved)]
    [InlineData(new[] { A.FullyAchieved, A.FullyAchieved, A.FullyAchieved }, A.FullyAchieved)]
    [InlineData(new[] { A.NotAchieved }, A.NotAchieved)]
    [InlineData(new[] { A.NotAchieved, A.NotAchieved }, A.NotAchieved)]
    [InlineData(new[] { A.PartiallyAchieved }, A.PartiallyAchieved)]
    [InlineData(new[] { A.FullyAchieved, A.NotAchieved }, A.PartiallyAchieved)]
    [InlineData(new[] { A.FullyAchieved, A.PartiallyAchieved, A.PartiallyAchieved }, A.PartiallyAchieved)]
    [InlineData(new[] { A.PartiallyAchieved, A.NotAchieved }, A.PartiallyAchieved)]
    public void OverallDefault_FromPerOutcomeAnswers(A[] answers, A expected)
    {
        var enquiry = Open();
        for (var i = 1; i <= answers.Length; i++)
        {
            enquiry.AddOutcome($"Outcome {i}", id: i);
        }

        var review = enquiry.RecordOutcomesReview(
            ReviewByAdult(answers.Select((a, i) => (i + 1, a)).ToArray()), WorkerId, NowUtc, Today);

        Assert.Equal(expected, review.OverallDefault);
        Assert.Equal(expected, review.Overall);
        Assert.Null(review.OverallOverride);
    }

    [Fact]
    public void RecordOutcomesReview_ScamJourney_OverallPartiallyAndFeelingSafeBesideStart()
    {
        var enquiry = Open();
        enquiry.RecordFeelingSafeAtStart(true, 3, null);
        enquiry.AddOutcome("The calls to stop", id: 1);
        enquiry.AddOutcome("To get my money back", id: 2);
        enquiry.AddOutcome("Not to feel stupid", id: 3);

        var review = enquiry.RecordOutcomesReview(
            ReviewByAdult((1, A.FullyAchieved), (2, A.PartiallyAchieved), (3, A.PartiallyAchieved)), WorkerId, NowUtc, Today);

        Assert.Equal(A.PartiallyAchieved, review.Overall);
        Assert.Equal(3, enquiry.FeelingSafeAtStart!.Score);
        Assert.Equal(7, enquiry.FeelingSafeAtEnd!.Score);
        Assert.Equal(6, review.Questions.Count);
    }

    [Fact]
    public void RecordOutcomesReview_OverallChangedWithoutReason_IsRefused()
    {
        var enquiry = Open();
        enquiry.AddOutcome();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordOutcomesReview(
            ReviewByAdult((1, A.FullyAchieved)) with { Overall = A.PartiallyAchieved }, WorkerId, NowUtc, Today));

        Assert.Equal(nameof(OutcomesReview.OverallOverrideReason), error.Field);
        Assert.Empty(enquiry.OutcomesReviews);
    }

    [Fact]
    public void RecordOutcomesReview_OverallChangedWithReason_IsKept()
    {
        var enquiry = Open();
        enquiry.AddOutcome();

        var review = enquiry.RecordOutcomesReview(ReviewByAdult((1, A.FullyAchieved)) with
        {
            Overall = A.PartiallyAchieved,
            OverallChangeReason = "She says the calls stopped but she is still frightened",
        }, WorkerId, NowUtc, Today);

        Assert.Equal(A.FullyAchieved, review.OverallDefault);
        Assert.Equal(A.PartiallyAchieved, review.Overall);
        Assert.Equal("She says the calls stopped but she is still frightened", review.OverallOverrideReason);
    }

    [Fact]
    public void RecordOutcomesReview_OverallSameAsDefault_NeedsNoReason()
    {
        var enquiry = Open();
        enquiry.AddOutcome();

        var review = enquiry.RecordOutcomesReview(
            ReviewByAdult((1, A.FullyAchieved)) with { Overall = A.FullyAchieved }, WorkerId, NowUtc, Today);

        Assert.Null(review.OverallOverride);
    }

    [Fact]
    public void RecordOutcomesReview_CurrentOutcomeUnanswered_IsRefused()
    {
        var enquiry = Open();
        enquiry.AddOutcome(id: 1);
        enquiry.AddOutcome("To get my money back", id: 2);

        var error = Assert.Throws<DomainRuleException>(
            () => enquiry.RecordOutcomesReview(ReviewByAdult((1, A.FullyAchieved)), WorkerId, NowUtc, Today));

        // The field of the second outcome's answer on the form.
        Assert.Equal("Answers[1].Achievement", error.Field);
    }

    [Fact]
    public void RecordOutcomesReview_WithdrawnOutcome_IsNotAskedAbout()
    {
        var enquiry = Open();
        enquiry.AddOutcome(id: 1);
        enquiry.AddOutcome("To get my money back", id: 2);
        enquiry.WithdrawDesiredOutcome(1, Today, "No longer wanted", WorkerId, Today);

        Assert.Throws<DomainRuleException>(() => enquiry.RecordOutcomesReview(
            ReviewByAdult((1, A.FullyAchieved), (2, A.NotAchieved)), WorkerId, NowUtc, Today));
        var review = enquiry.RecordOutcomesReview(ReviewByAdult((2, A.NotAchieved)), WorkerId, NowUtc, Today);

        Assert.Equal(2, Assert.Single(review.Answers).DesiredOutcomeId);
    }

    [Fact]
    public void RecordOutcomesReview_QuestionUnanswered_IsRefused()
    {
        var enquiry = Open();
        var questions = AllYes.Where(q => q.Key != EndOfEnquiryQuestion.ListenedTo).ToDictionary();

        var error = Assert.Throws<DomainRuleException>(
            () => enquiry.RecordOutcomesReview(ReviewByAdult() with { Questions = questions }, WorkerId, NowUtc, Today));

        // "Did you feel you were listened to?" is the third question on the form.
        Assert.Equal("Questions[2].Answer", error.Field);
    }

    [Fact]
    public void RecordOutcomesReview_RepresentativeWithoutName_IsRefused()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordOutcomesReview(
            ReviewByAdult() with { TookPart = ReviewParticipation.Representative }, WorkerId, NowUtc, Today));

        Assert.Equal(["RepresentativeRole", "RepresentativeName"], error.Violations.Select(v => v.Field));
    }

    [Fact]
    public void RecordOutcomesReview_NobodyWithReason_AllQuestionsNotAsked()
    {
        var enquiry = Open();
        enquiry.AddOutcome();

        var review = enquiry.RecordOutcomesReview(NobodyCouldBeAsked, WorkerId, NowUtc, Today);

        Assert.Equal(CouldNotAskReason.Died, review.CouldNotAskReason);
        Assert.Empty(review.Answers);
        Assert.Null(review.Overall);
        Assert.All(review.Questions, q => Assert.Equal(QuestionAnswer.NotAsked, q.Answer));
    }

    [Fact]
    public void RecordOutcomesReview_NobodyWithOtherReasonUnexplained_IsRefused()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordOutcomesReview(
            NobodyCouldBeAsked with { CouldNotAskReason = CouldNotAskReason.Other }, WorkerId, NowUtc, Today));

        Assert.Equal(nameof(OutcomesReview.CouldNotAskDetails), error.Field);
    }

    [Fact]
    public void RecordOutcomesReview_Again_KeepsEarlierReview()
    {
        var enquiry = Open();
        var first = enquiry.RecordOutcomesReview(NobodyCouldBeAsked with { CouldNotAskReason = CouldNotAskReason.CouldNotBeContacted },
            WorkerId, NowUtc, Today);

        var second = enquiry.RecordOutcomesReview(ReviewByAdult(), WorkerId, NowUtc, Today);

        Assert.Equal([first, second], enquiry.OutcomesReviews);
        Assert.Same(second, enquiry.OutcomesReview);
    }

    [Fact]
    public void RecordOutcomesReview_WithTheAdultAfterTheyDied_IsRefused()
    {
        var enquiry = Open();
        enquiry.AddOutcome();
        var diedOn = Today.AddDays(-1);

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordOutcomesReview(
            ReviewByAdult() with { ReviewedOn = Today, AdultDiedOn = diedOn }, WorkerId, NowUtc, Today));

        Assert.Equal(nameof(OutcomesReview.TookPart), error.Field);
        Assert.StartsWith($"The adult died on {diedOn:d MMMM yyyy}, before the review", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordOutcomesReview_AfterTheAdultDied_ByARepresentativeOrNobody_IsRecorded()
    {
        var enquiry = Open();
        enquiry.AddOutcome(id: 1);
        var diedOn = Today.AddDays(-1);

        var nobody = enquiry.RecordOutcomesReview(NobodyCouldBeAsked with { ReviewedOn = Today, AdultDiedOn = diedOn }, WorkerId, NowUtc, Today);
        var onTheDay = enquiry.RecordOutcomesReview(ReviewByAdult((1, OutcomeAchievement.FullyAchieved)) with { ReviewedOn = diedOn, AdultDiedOn = diedOn }, WorkerId, NowUtc, Today);

        Assert.Equal(ReviewParticipation.Nobody, nobody.TookPart);
        Assert.Equal(ReviewParticipation.Adult, onTheDay.TookPart);
    }

    [Fact]
    public void RecordOutcomesReview_ClosingScoreOutOfRange_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(
            () => Open().RecordOutcomesReview(ReviewByAdult() with { FeelingSafeScore = 11 }, WorkerId, NowUtc, Today));

        Assert.Equal(nameof(OutcomesReview.FeelingSafeAtEnd), error.Field);
    }

    [Fact]
    public void Labels_EndOfEnquiryQuestions_AreNorfolkVerbatim()
    {
        Assert.Equal(
            [
                "Have you got the goals you wanted?",
                "Did we give you a chance to say what you wanted to happen next and feed back to you?",
                "Did you feel you were listened to?",
                "Did we act on your wishes and views?",
                "Do you feel as safe as you want to feel?",
                "Do you feel happier as a result of the support about your concerns?",
            ],
            Labels.All<EndOfEnquiryQuestion>().Select(l => l.Label));
        Assert.Equal(["Yes", "Partly", "No", "Did not want to answer", "Not asked"], Labels.All<QuestionAnswer>().Select(l => l.Label));
    }

    [Fact]
    public void Labels_OutcomeAchievement_AreSacVerbatim()
    {
        Assert.Equal(["Fully Achieved", "Partially Achieved", "Not Achieved"], Labels.All<A>().Select(l => l.Label));
    }
}
