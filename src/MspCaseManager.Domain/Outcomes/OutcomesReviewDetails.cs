namespace MspCaseManager.Domain.Outcomes;

/// <summary>
/// The end-of-enquiry review as entered. Passed to <see cref="Enquiries.Enquiry.RecordOutcomesReview"/>.
/// Property names match <see cref="OutcomesReview"/>'s.
/// </summary>
public sealed record OutcomesReviewDetails
{
    public DateOnly? ReviewedOn { get; init; }

    public ReviewParticipation? TookPart { get; init; }

    /// <summary>When a representative took part: who, as a value (or as typed, below).</summary>
    public Representative? Representative { get; init; }

    /// <summary>When a representative took part and <see cref="Representative"/> is not given: their role, as chosen.</summary>
    public RepresentativeRole? RepresentativeRole { get; init; }

    /// <summary>When a representative took part and <see cref="Representative"/> is not given: their name, as typed.</summary>
    public string? RepresentativeName { get; init; }

    /// <summary>Required when nobody took part.</summary>
    public CouldNotAskReason? CouldNotAskReason { get; init; }

    /// <summary>Required when the reason is "Other".</summary>
    public string? CouldNotAskDetails { get; init; }

    /// <summary>One for each current desired outcome.</summary>
    public IReadOnlyList<OutcomeAnswerDetails> Answers { get; init; } = [];

    /// <summary>Only when the worker changes the overall answer from its default; then a reason is required.</summary>
    public OutcomeAchievement? Overall { get; init; }

    public string? OverallChangeReason { get; init; }

    /// <summary>Every one of the six questions, when someone took part.</summary>
    public IReadOnlyDictionary<EndOfEnquiryQuestion, QuestionAnswer> Questions { get; init; } =
        new Dictionary<EndOfEnquiryQuestion, QuestionAnswer>();

    /// <summary>Whether the person was asked how safe they feel now; when null, it follows from whether a score or a reason is given.</summary>
    public bool? FeelingSafeAsked { get; init; }

    public int? FeelingSafeScore { get; init; }

    public string? FeelingSafeNotAskedReason { get; init; }

    /// <summary>The adult's date of death, when their record has one: a review after it was not with them.</summary>
    public DateOnly? AdultDiedOn { get; init; }
}

public sealed record OutcomeAnswerDetails(int DesiredOutcomeId, OutcomeAchievement? Achievement, string? Comment);
