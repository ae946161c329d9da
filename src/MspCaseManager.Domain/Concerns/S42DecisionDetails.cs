namespace MspCaseManager.Domain.Concerns;

/// <summary>
/// What a practitioner enters for an s42 decision, passed to <see cref="Concern.RecordDecision"/>.
/// Property names match <see cref="S42Decision"/>'s, so <see cref="Common.DomainRuleException.Field"/>
/// names them too. A missing answer is null: the decision refuses it as missing.
/// </summary>
public sealed record S42DecisionDetails
{
    /// <summary>s42(1)(a): has needs for care and support (whether or not the council is meeting them).</summary>
    public bool? NeedsCareAndSupport { get; init; }

    public string? NeedsCareAndSupportReason { get; init; }

    /// <summary>s42(1)(b): is experiencing, or is at risk of, abuse or neglect.</summary>
    public bool? ExperiencingOrAtRiskOfAbuse { get; init; }

    public string? ExperiencingOrAtRiskOfAbuseReason { get; init; }

    /// <summary>s42(1)(c): as a result of those needs is unable to protect themselves.</summary>
    public bool? UnableToProtectThemselves { get; init; }

    public string? UnableToProtectThemselvesReason { get; init; }

    public EnquiryRoute? Route { get; init; }

    public NoEnquiryOutcome? NoEnquiryOutcome { get; init; }

    public string? SignpostedOrReferredTo { get; init; }

    public DateOnly? ReferrerFeedbackGivenOn { get; init; }

    public FeedbackMethod? ReferrerFeedbackMethod { get; init; }

    public string? ReferrerFeedbackNote { get; init; }

    public DateOnly? DecidedOn { get; init; }
}
