using System.Globalization;
using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Domain.Outcomes;

/// <summary>
/// "Were your outcomes met?": who took part (or why nobody could be asked), each current desired
/// outcome marked achieved or not in the person's words, the overall SAC answer, the six
/// end-of-enquiry questions and the closing feeling-safe score. A review recorded again is a new
/// review; earlier ones are kept. Created only through <see cref="Enquiries.Enquiry.RecordOutcomesReview"/>.
/// </summary>
public sealed class OutcomesReview : Entity
{
    public const int TextMaxLength = 4000;

    private readonly List<OutcomeReviewAnswer> _answers = [];
    private readonly List<ReviewQuestionAnswer> _questions = [];

    private OutcomesReview()
    {
        RecordedByUserId = null!;
    }

    internal OutcomesReview(
        int number, OutcomesReviewDetails details, IReadOnlyList<DesiredOutcome> currentOutcomes,
        string userId, DateTime nowUtc, EnquiryDates dates)
    {
        var check = new RuleCheck();
        var reviewedOn = dates.Required(check, details.ReviewedOn, "date of the review", nameof(ReviewedOn));
        var tookPart = check.Choice(details.TookPart, "Select who took part in the review", nameof(TookPart));
        if (tookPart == ReviewParticipation.Adult && details.AdultDiedOn is { } diedOn && reviewedOn > diedOn)
        {
            check.Refuse(string.Create(CultureInfo.InvariantCulture,
                $"The adult died on {diedOn:d MMMM yyyy}, before the review: select a representative or that nobody could be asked"), nameof(TookPart));
        }

        if (tookPart == ReviewParticipation.Nobody)
        {
            CouldNotAskReason = check.Choice(details.CouldNotAskReason, "Select why the person could not be asked", nameof(CouldNotAskReason));
            CouldNotAskDetails = CouldNotAskReason == Outcomes.CouldNotAskReason.Other
                ? check.Required(details.CouldNotAskDetails, TextMaxLength, "Enter why the person could not be asked", "Details", nameof(CouldNotAskDetails))
                : check.Optional(details.CouldNotAskDetails, TextMaxLength, "Details", nameof(CouldNotAskDetails));
            _questions.AddRange(Enum.GetValues<EndOfEnquiryQuestion>().Select(q => new ReviewQuestionAnswer(q, QuestionAnswer.NotAsked)));
        }
        else if (tookPart is not null)
        {
            Representative = tookPart == ReviewParticipation.Representative
                ? details.Representative ?? check.Record(() => Outcomes.Representative.Of(details.RepresentativeRole, details.RepresentativeName))
                : null;
            AddAnswers(check, details.Answers ?? [], currentOutcomes);
            SetOverall(check, details.Overall, details.OverallChangeReason);
            AddQuestions(check, details.Questions);
            FeelingSafeAtEnd = CheckFeelingSafe(check, details);
        }

        check.ThrowIfAny();
        Number = number;
        ReviewedOn = reviewedOn!.Value;
        TookPart = tookPart!.Value;
        RecordedByUserId = Guard.Required(userId, "The member of staff must be known");
        RecordedAtUtc = UtcTime.Require(nowUtc, nameof(nowUtc));
    }

    public int EnquiryId { get; private set; }

    /// <summary>1 for the first review recorded, then 2, 3...</summary>
    public int Number { get; private set; }

    public DateOnly ReviewedOn { get; private set; }

    public ReviewParticipation TookPart { get; private set; }

    public Representative? Representative { get; private set; }

    public CouldNotAskReason? CouldNotAskReason { get; private set; }

    public string? CouldNotAskDetails { get; private set; }

    public IReadOnlyList<OutcomeReviewAnswer> Answers => _answers;

    /// <summary>The worker's overall answer, kept only when it differs from <see cref="OverallDefault"/>.</summary>
    public OutcomeAchievement? OverallOverride { get; private set; }

    public string? OverallOverrideReason { get; private set; }

    /// <summary>The six questions, in order; all "Not asked" when nobody took part.</summary>
    public IReadOnlyList<ReviewQuestionAnswer> Questions => _questions;

    /// <summary>Null when nobody took part.</summary>
    public FeelingSafe? FeelingSafeAtEnd { get; private set; }

    public string RecordedByUserId { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>
    /// From the per-outcome answers: all fully achieved gives Fully, none achieved gives Not,
    /// anything else Partially; null when there were no outcomes to ask about.
    /// </summary>
    public OutcomeAchievement? OverallDefault => DefaultFor(_answers.Select(a => a.Achievement).ToList());

    /// <summary>The SAC answer for the enquiry (one per enquiry).</summary>
    public OutcomeAchievement? Overall => OverallOverride ?? OverallDefault;

    public static OutcomeAchievement? DefaultFor(IReadOnlyCollection<OutcomeAchievement> answers) => answers switch
    {
        { Count: 0 } => null,
        _ when answers.All(a => a == OutcomeAchievement.FullyAchieved) => OutcomeAchievement.FullyAchieved,
        _ when answers.All(a => a == OutcomeAchievement.NotAchieved) => OutcomeAchievement.NotAchieved,
        _ => OutcomeAchievement.PartiallyAchieved,
    };

    private void AddAnswers(RuleCheck check, IReadOnlyList<OutcomeAnswerDetails> answers, IReadOnlyList<DesiredOutcome> currentOutcomes)
    {
        if (answers.Any(a => currentOutcomes.All(o => o.Id != a.DesiredOutcomeId))
            || answers.Select(a => a.DesiredOutcomeId).Distinct().Count() != answers.Count)
        {
            check.Refuse("Answer once for each of the person's current outcomes", nameof(OutcomesReviewDetails.Answers));
            return;
        }

        for (var i = 0; i < currentOutcomes.Count; i++)
        {
            var outcome = currentOutcomes[i];
            var answer = answers.FirstOrDefault(a => a.DesiredOutcomeId == outcome.Id);
            var field = $"{nameof(OutcomesReviewDetails.Answers)}[{i}].";
            var achievement = check.Choice(answer?.Achievement, $"Select whether \"{outcome.Words}\" was achieved", field + nameof(OutcomeReviewAnswer.Achievement));
            var comment = check.Optional(answer?.Comment, OutcomeReviewAnswer.CommentMaxLength, "Comment", field + nameof(OutcomeReviewAnswer.Comment));
            if (achievement is { } given)
            {
                _answers.Add(new OutcomeReviewAnswer(outcome, given, comment));
            }
        }
    }

    private void SetOverall(RuleCheck check, OutcomeAchievement? overall, string? reason)
    {
        if (overall is null || overall == OverallDefault || !check.IsValid)
        {
            return;
        }

        if (OverallDefault is null)
        {
            check.Refuse("There are no desired outcomes to give an overall answer for", nameof(Overall));
            return;
        }

        OverallOverride = check.Choice(overall, "Select the overall answer", nameof(Overall));
        OverallOverrideReason = check.Required(reason, TextMaxLength,
            "Enter why the overall answer differs from the answers for each outcome", "Reason", nameof(OverallOverrideReason));
    }

    private void AddQuestions(RuleCheck check, IReadOnlyDictionary<EndOfEnquiryQuestion, QuestionAnswer>? answers)
    {
        var questions = Enum.GetValues<EndOfEnquiryQuestion>();
        for (var i = 0; i < questions.Length; i++)
        {
            var question = questions[i];
            QuestionAnswer? given = answers is not null && answers.TryGetValue(question, out var answer) ? answer : null;
            if (check.Choice(given, $"Select an answer to \"{question.ToLabel()}\"", $"{nameof(Questions)}[{i}].{nameof(ReviewQuestionAnswer.Answer)}") is { } valid)
            {
                _questions.Add(new ReviewQuestionAnswer(question, valid));
            }
        }
    }

    /// <summary>How safe the person feels at the end: a score, or why they were not asked (whether they were asked follows from which is given, unless said).</summary>
    private static FeelingSafe? CheckFeelingSafe(RuleCheck check, OutcomesReviewDetails details)
    {
        var asked = details.FeelingSafeAsked
            ?? (details.FeelingSafeScore is not null ? true : details.FeelingSafeNotAskedReason is not null ? false : null);
        if (asked is null)
        {
            check.Refuse("Select how safe the person feels now, or that they were not asked", nameof(FeelingSafeAtEnd));
            return null;
        }

        return check.Record(() => FeelingSafe.Answered(asked, details.FeelingSafeScore, details.FeelingSafeNotAskedReason,
            (nameof(FeelingSafeAtEnd), nameof(FeelingSafeAtEnd), nameof(OutcomesReviewDetails.FeelingSafeNotAskedReason))));
    }
}
