using FluentValidation;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Concerns;

/// <summary>The s42 decision as typed. Field names match <see cref="S42DecisionDetails"/>.</summary>
public sealed class DecisionForm : IVersionedForm
{
    public bool? NeedsCareAndSupport { get; set; }

    public string? NeedsCareAndSupportReason { get; set; }

    public bool? ExperiencingOrAtRiskOfAbuse { get; set; }

    public string? ExperiencingOrAtRiskOfAbuseReason { get; set; }

    public bool? UnableToProtectThemselves { get; set; }

    public string? UnableToProtectThemselvesReason { get; set; }

    public EnquiryRoute? Route { get; set; }

    public NoEnquiryOutcome? NoEnquiryOutcome { get; set; }

    public string? SignpostedOrReferredTo { get; set; }

    public DateInput ReferrerFeedbackGivenOn { get; set; } = new();

    public FeedbackMethod? ReferrerFeedbackMethod { get; set; }

    public string? ReferrerFeedbackNote { get; set; }

    public DateInput DecidedOn { get; set; } = new();

    /// <summary>The concern's version when the form was opened.</summary>
    public int Version { get; set; }

    public S42DecisionDetails ToDetails() => new()
    {
        NeedsCareAndSupport = NeedsCareAndSupport,
        NeedsCareAndSupportReason = NeedsCareAndSupportReason,
        ExperiencingOrAtRiskOfAbuse = ExperiencingOrAtRiskOfAbuse,
        ExperiencingOrAtRiskOfAbuseReason = ExperiencingOrAtRiskOfAbuseReason,
        UnableToProtectThemselves = UnableToProtectThemselves,
        UnableToProtectThemselvesReason = UnableToProtectThemselvesReason,
        Route = Route,
        NoEnquiryOutcome = Route == EnquiryRoute.NoEnquiry ? NoEnquiryOutcome : null,
        SignpostedOrReferredTo = Route == EnquiryRoute.NoEnquiry ? SignpostedOrReferredTo : null,
        ReferrerFeedbackGivenOn = ReferrerFeedbackGivenOn.ToDate(),
        ReferrerFeedbackMethod = ReferrerFeedbackMethod,
        ReferrerFeedbackNote = ReferrerFeedbackNote,
        DecidedOn = DecidedOn.ToDate(),
    };
}

/// <summary>Only whether the dates typed are real dates: every other rule is the decision's (<see cref="Concern.RecordDecision"/>).</summary>
public sealed class DecisionFormValidator : AbstractValidator<DecisionForm>
{
    public DecisionFormValidator(TimeProvider time)
    {
        RuleFor(f => f.DecidedOn).ValidDate("the date of the decision", time.Today, allowFuture: true, required: false);
        RuleFor(f => f.ReferrerFeedbackGivenOn).ValidDate("the date feedback was given", time.Today, allowFuture: true, required: false);
    }
}

/// <summary>A team manager's review: authorise (choosing who holds any enquiry) or return with comments.</summary>
public sealed class ReviewForm : IVersionedForm
{
    public const string Authorise = "authorise";
    public const string Return = "return";
    public const string Unallocated = Enquiries.Allocation.AllocationForm.Unallocated;

    public string? Outcome { get; set; }

    public string? ManagerComments { get; set; }

    /// <summary>A social worker's id, or <see cref="Unallocated"/>.</summary>
    public string? AllocateTo { get; set; }

    /// <summary>When the enquiry started: the authorisation date unless it started earlier.</summary>
    public DateInput StartedOn { get; set; } = new();

    public int Version { get; set; }

    public DecisionAuthorisation ToAuthorisation() => new()
    {
        Comments = ManagerComments,
        StartedOn = StartedOn.ToDate(),
        AllocateTo = AllocateTo == Unallocated ? null : AllocateTo,
    };
}

public sealed class ReviewFormValidator : AbstractValidator<ReviewForm>
{
    public ReviewFormValidator(TimeProvider time)
    {
        RuleFor(f => f.Outcome).Must(o => o is ReviewForm.Authorise or ReviewForm.Return)
            .WithMessage("Select whether you authorise the decision or return it");
        // Whether a start date is needed, and which dates are allowed, are the concern's rules.
        RuleFor(f => f.StartedOn).ValidDate("the date the enquiry started", time.Today, allowFuture: true, required: false)
            .When(f => f.Outcome == ReviewForm.Authorise);
    }
}
