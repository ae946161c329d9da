namespace MspCaseManager.Domain.Outcomes;

/// <summary>
/// The end-of-enquiry review as entered. Passed to <see cref="Enquiries.Enquiry.RecordOutcomesReview"/>.
/// Property names match <see cref="OutcomesReview"/>'s.
/// </summary>
public sealed record OutcomesReviewDetails
{
    public required DateOnly ReviewedOn { get; init; }

    public required ReviewParticipation TookPart { get; init; }

    /// <summary>Required when a representative took part.</summary>
    public Representative? Representative { get; init; }

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

    public int? FeelingSafeScore { get; init; }

    public string? FeelingSafeNotAskedReason { get; init; }
}

public sealed record OutcomeAnswerDetails(int DesiredOutcomeId, OutcomeAchievement? Achievement, string? Comment);
