using MspCaseManager.Domain.Common;

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
        int number, OutcomesReviewDetails details, IReadOnlyList<DesiredOutcome> currentOutcomes, DateOnly openedOn,
        string userId, DateTime nowUtc, DateOnly today)
    {
        Number = number;
        ReviewedOn = Guard.PastDate(details.ReviewedOn, today, "Enter the date of the review",
            "Date of the review must be today or in the past", nameof(ReviewedOn));
        if (ReviewedOn < openedOn)
        {
            throw new DomainRuleException("Date of the review must be on or after the date the enquiry was opened", nameof(ReviewedOn));
        }

        TookPart = Guard.Defined(details.TookPart, "Select who took part in the review", nameof(TookPart));
        if (TookPart == ReviewParticipation.Nobody)
        {
            CouldNotAskReason = details.CouldNotAskReason is { } reason && Enum.IsDefined(reason)
                ? reason
                : throw new DomainRuleException("Select why the person could not be asked", nameof(CouldNotAskReason));
            CouldNotAskDetails = CouldNotAskReason == Outcomes.CouldNotAskReason.Other
                ? Text.Required(details.CouldNotAskDetails, TextMaxLength, "Enter why the person could not be asked", "Details", nameof(CouldNotAskDetails))
                : Text.Optional(details.CouldNotAskDetails, TextMaxLength, "Details", nameof(CouldNotAskDetails));
            _questions.AddRange(Enum.GetValues<EndOfEnquiryQuestion>().Select(q => new ReviewQuestionAnswer(q, QuestionAnswer.NotAsked)));
        }
        else
        {
            Representative = TookPart == ReviewParticipation.Representative
                ? details.Representative ?? throw new DomainRuleException("Enter the representative's role and name", nameof(Representative))
                : null;
            AddAnswers(details.Answers ?? [], currentOutcomes);
            SetOverall(details.Overall, details.OverallChangeReason);
            AddQuestions(details.Questions);
            FeelingSafeAtEnd = FeelingSafe.From(details.FeelingSafeScore, details.FeelingSafeNotAskedReason, nameof(FeelingSafeAtEnd));
        }

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

    private void AddAnswers(IReadOnlyList<OutcomeAnswerDetails> answers, IReadOnlyList<DesiredOutcome> currentOutcomes)
    {
        if (answers.Any(a => currentOutcomes.All(o => o.Id != a.DesiredOutcomeId))
            || answers.Select(a => a.DesiredOutcomeId).Distinct().Count() != answers.Count)
        {
            throw new DomainRuleException("Answer once for each of the person's current outcomes", nameof(OutcomesReviewDetails.Answers));
        }

        foreach (var outcome in currentOutcomes)
        {
            var answer = answers.FirstOrDefault(a => a.DesiredOutcomeId == outcome.Id);
            _answers.Add(new OutcomeReviewAnswer(outcome, answer?.Achievement, answer?.Comment));
        }
    }

    private void SetOverall(OutcomeAchievement? overall, string? reason)
    {
        if (overall is null || overall == OverallDefault)
        {
            return;
        }

        if (OverallDefault is null)
        {
            throw new DomainRuleException("There are no desired outcomes to give an overall answer for", nameof(Overall));
        }

        OverallOverride = Guard.Defined(overall.Value, "Select the overall answer", nameof(Overall));
        OverallOverrideReason = Text.Required(reason, TextMaxLength,
            "Enter why the overall answer differs from the answers for each outcome", "Reason", nameof(OverallOverrideReason));
    }

    private void AddQuestions(IReadOnlyDictionary<EndOfEnquiryQuestion, QuestionAnswer>? answers)
    {
        foreach (var question in Enum.GetValues<EndOfEnquiryQuestion>())
        {
            var answer = answers is not null && answers.TryGetValue(question, out var given) && Enum.IsDefined(given)
                ? given
                : throw new DomainRuleException($"Select an answer to \"{question.ToLabel()}\"", question.ToString());
            _questions.Add(new ReviewQuestionAnswer(question, answer));
        }
    }
}
