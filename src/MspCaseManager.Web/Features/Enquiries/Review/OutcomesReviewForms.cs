using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Web.Features.Enquiries.Outcomes;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Enquiries.Review;

/// <summary>
/// "Were your outcomes met?" as typed. Field names match <see cref="OutcomesReview"/>'s so the
/// domain's refusals land on the right field.
/// </summary>
public sealed class OutcomesReviewForm : IVersionedForm
{
    /// <summary>The <see cref="Overall"/> value meaning "use the answer worked out from each outcome".</summary>
    public const string WorkedOut = "WorkedOut";

    /// <summary>The <see cref="FeelingSafeAtEnd"/> value meaning the person was not asked.</summary>
    public const string NotAsked = FeelingSafeAnswer.NotAsked;

    public DateInput ReviewedOn { get; set; } = new();

    public ReviewParticipation? TookPart { get; set; }

    public RepresentativeRole? RepresentativeRole { get; set; }

    public string? RepresentativeName { get; set; }

    public CouldNotAskReason? CouldNotAskReason { get; set; }

    public string? CouldNotAskDetails { get; set; }

    /// <summary>One for each current desired outcome, in the order the person said them.</summary>
    public List<OutcomeAnswerForm> Answers { get; set; } = [];

    /// <summary><see cref="WorkedOut"/>, or an <see cref="OutcomeAchievement"/> code.</summary>
    public string? Overall { get; set; }

    public string? OverallOverrideReason { get; set; }

    /// <summary>The six questions, in order.</summary>
    public List<QuestionForm> Questions { get; set; } = [];

    /// <summary>"0" to "10", or <see cref="NotAsked"/>.</summary>
    public string? FeelingSafeAtEnd { get; set; }

    public string? FeelingSafeNotAskedReason { get; set; }

    public int Version { get; set; }

    public bool SomeoneTookPart => TookPart is ReviewParticipation.Adult or ReviewParticipation.Representative;

    public static OutcomesReviewForm For(IEnumerable<DesiredOutcome> currentOutcomes, DateOnly today, int version) => new()
    {
        ReviewedOn = DateInput.From(today),
        Overall = WorkedOut,
        Answers = currentOutcomes.Select(o => new OutcomeAnswerForm { DesiredOutcomeId = o.Id, Words = o.Words }).ToList(),
        Questions = Enum.GetValues<EndOfEnquiryQuestion>().Select(q => new QuestionForm { Question = q }).ToList(),
        Version = version,
    };

    /// <summary>
    /// Puts the answers in line with the enquiry's current outcomes (whatever was posted), keeping
    /// what was typed for each, and fills in the person's words for display and messages.
    /// </summary>
    public void MatchOutcomes(IReadOnlyList<DesiredOutcome> currentOutcomes)
    {
        Answers = currentOutcomes.Select(o =>
        {
            var posted = Answers.Find(a => a.DesiredOutcomeId == o.Id) ?? new OutcomeAnswerForm { DesiredOutcomeId = o.Id };
            posted.Words = o.Words;
            return posted;
        }).ToList();
        Questions = Enum.GetValues<EndOfEnquiryQuestion>()
            .Select(q => Questions.Find(p => p.Question == q) ?? new QuestionForm { Question = q })
            .ToList();
    }

    public OutcomesReviewDetails ToDetails() => new()
    {
        ReviewedOn = ReviewedOn.ToDate(),
        TookPart = TookPart,
        RepresentativeRole = TookPart == ReviewParticipation.Representative ? RepresentativeRole : null,
        RepresentativeName = TookPart == ReviewParticipation.Representative ? RepresentativeName : null,
        CouldNotAskReason = TookPart == ReviewParticipation.Nobody ? CouldNotAskReason : null,
        CouldNotAskDetails = TookPart == ReviewParticipation.Nobody ? CouldNotAskDetails : null,
        Answers = Answers.Select(a => new OutcomeAnswerDetails(a.DesiredOutcomeId, a.Achievement, a.Comment)).ToList(),
        Overall = Enum.TryParse<OutcomeAchievement>(Overall, out var overall) ? overall : null,
        OverallChangeReason = OverallOverrideReason,
        Questions = Questions.Where(q => q.Answer is not null).ToDictionary(q => q.Question, q => q.Answer!.Value),
        FeelingSafeAsked = FeelingSafeAnswer.WasAsked(FeelingSafeAtEnd),
        FeelingSafeScore = FeelingSafeAnswer.Score(FeelingSafeAtEnd),
        FeelingSafeNotAskedReason = FeelingSafeAtEnd == NotAsked ? FeelingSafeNotAskedReason : null,
    };

    /// <summary>The form for a review already recorded: recording again starts from it.</summary>
    public static OutcomesReviewForm From(OutcomesReview review, IEnumerable<DesiredOutcome> currentOutcomes, int version)
    {
        var form = For(currentOutcomes, review.ReviewedOn, version);
        form.TookPart = review.TookPart;
        form.RepresentativeRole = review.Representative?.Role;
        form.RepresentativeName = review.Representative?.Name;
        form.CouldNotAskReason = review.CouldNotAskReason;
        form.CouldNotAskDetails = review.CouldNotAskDetails;
        foreach (var answer in form.Answers)
        {
            var given = review.Answers.FirstOrDefault(a => a.DesiredOutcomeId == answer.DesiredOutcomeId);
            answer.Achievement = given?.Achievement;
            answer.Comment = given?.Comment;
        }

        form.Overall = review.OverallOverride?.ToString() ?? WorkedOut;
        form.OverallOverrideReason = review.OverallOverrideReason;
        foreach (var question in form.Questions)
        {
            question.Answer = review.Questions.FirstOrDefault(q => q.Question == question.Question)?.Answer;
        }

        form.FeelingSafeAtEnd = FeelingSafeAnswer.From(review.FeelingSafeAtEnd);
        form.FeelingSafeNotAskedReason = review.FeelingSafeAtEnd?.NotAskedReason;
        return form;
    }
}

public sealed class OutcomeAnswerForm
{
    public int DesiredOutcomeId { get; set; }

    public OutcomeAchievement? Achievement { get; set; }

    public string? Comment { get; set; }

    /// <summary>The person's words, filled from the record (never posted).</summary>
    [BindNever]
    public string Words { get; set; } = string.Empty;
}

public sealed class QuestionForm
{
    public EndOfEnquiryQuestion Question { get; set; }

    public QuestionAnswer? Answer { get; set; }
}

/// <summary>What only the web knows: whether the date typed is a real date. The review's rules are <see cref="OutcomesReview"/>'s.</summary>
public sealed class OutcomesReviewFormValidator : AbstractValidator<OutcomesReviewForm>
{
    public OutcomesReviewFormValidator() => RuleFor(f => f.ReviewedOn).RealDate("Date of the review");
}

/// <summary>The SAC risk assessment outcome and, where the rule asks for it, the result of action.</summary>
public sealed class RiskOutcomeForm : IVersionedForm
{
    public RiskAssessmentOutcome? RiskOutcome { get; set; }

    /// <summary>Asked (and required) for "Risk identified and action taken".</summary>
    public ResultOfAction? ResultOfAction { get; set; }

    /// <summary>Asked (optional) for "Risk - assessment inconclusive and action taken".</summary>
    public ResultOfAction? InconclusiveResultOfAction { get; set; }

    public int Version { get; set; }

    /// <summary>The result of action that goes with the chosen outcome; the other question's answer is ignored.</summary>
    public ResultOfAction? ResultFor(RiskAssessmentOutcome? outcome) => outcome?.ResultOfActionRule() switch
    {
        ResultOfActionRule.Required => ResultOfAction,
        ResultOfActionRule.Optional => InconclusiveResultOfAction,
        _ => null,
    };
}

/// <summary>The SAC capacity answer confirmed or changed. Field names match <see cref="Enquiry"/>'s.</summary>
public sealed class SacCapacityForm : IVersionedForm
{
    public SacLackedCapacity? SacLackedCapacityOverride { get; set; }

    public SacCapacitySupport? SacCapacitySupportOverride { get; set; }

    public string? SacCapacityOverrideReason { get; set; }

    public int Version { get; set; }
}
