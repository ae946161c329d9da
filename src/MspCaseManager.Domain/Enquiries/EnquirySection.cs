using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Enquiries;

/// <summary>The tasks on the enquiry overview. They can be done in any order.</summary>
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
}

/// <summary>One row of the task list, computed by <see cref="Enquiry.SectionStatuses"/>.</summary>
public sealed record SectionStatus(EnquirySection Section, SectionProgress Progress, string? NotNeededReason = null);
