using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Enquiries;

/// <summary>
/// The tasks on the enquiry overview. They can be done in any order; the last four (<see cref="Enquiry.EndOfEnquiry"/>)
/// are the end of the enquiry.
/// </summary>
public enum EnquirySection
{
    [Label("Desired outcomes")]
    DesiredOutcomes,

    [Label("Consent")]
    Consent,

    [Label("Mental capacity")]
    MentalCapacity,

    [Label("Best-interests decisions")]
    BestInterests,

    [Label("Advocacy")]
    Advocacy,

    [Label("Safeguarding plan")]
    SafeguardingPlan,

    [Label("Outcomes review")]
    OutcomesReview,

    [Label("Risk assessment outcome")]
    RiskOutcome,

    [Label("Did the individual lack capacity?")]
    SacCapacity,

    [Label("Closure")]
    Closure,
}

/// <summary>GOV.UK task-list statuses.</summary>
public enum SectionProgress
{
    [Label("Not started")]
    NotStarted,

    [Label("In progress")]
    InProgress,

    [Label("Completed")]
    Completed,

    [Label("Not needed")]
    NotNeeded,

    /// <summary>The enquiry closed with nothing (more) recorded here.</summary>
    [Label("Closed")]
    Closed,
}

/// <summary>One row of the task list, computed by <see cref="Enquiry.SectionStatuses"/>.</summary>
public sealed record SectionStatus(EnquirySection Section, SectionProgress Progress, string? NotNeededReason = null);
