using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Outcomes;

/// <summary>Whether one desired outcome was achieved, with the person's comment in their own words.</summary>
public sealed class OutcomeReviewAnswer : Entity
{
    public const int CommentMaxLength = 4000;

    private OutcomeReviewAnswer()
    {
    }

    /// <summary>An answer already checked by <see cref="OutcomesReview"/>.</summary>
    internal OutcomeReviewAnswer(DesiredOutcome outcome, OutcomeAchievement achievement, string? comment)
    {
        DesiredOutcomeId = outcome.Id;
        VersionNumber = outcome.Current.Number;
        Achievement = achievement;
        Comment = comment;
    }

    public int OutcomesReviewId { get; private set; }

    public int DesiredOutcomeId { get; private set; }

    /// <summary>The wording of the outcome the person was asked about.</summary>
    public int VersionNumber { get; private set; }

    public OutcomeAchievement Achievement { get; private set; }

    /// <summary>In the person's own words.</summary>
    public string? Comment { get; private set; }
}

/// <summary>The answer to one of the six end-of-enquiry questions.</summary>
public sealed class ReviewQuestionAnswer : Entity
{
    private ReviewQuestionAnswer()
    {
    }

    internal ReviewQuestionAnswer(EndOfEnquiryQuestion question, QuestionAnswer answer)
    {
        Question = question;
        Answer = answer;
    }

    public int OutcomesReviewId { get; private set; }

    public EndOfEnquiryQuestion Question { get; private set; }

    public QuestionAnswer Answer { get; private set; }
}
