using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.People;

/// <summary>Primary support reason as counted in the Safeguarding Adults Collection (SAC). Labels are verbatim.</summary>
public enum PrimarySupportReason
{
    [Label("Physical Support")]
    PhysicalSupport,

    [Label("Sensory Support")]
    SensorySupport,

    [Label("Support with Memory and Cognition")]
    SupportWithMemoryAndCognition,

    [Label("Learning Disability Support")]
    LearningDisabilitySupport,

    [Label("Mental Health Support")]
    MentalHealthSupport,

    [Label("Social Support")]
    SocialSupport,

    [Label("No Support Reason")]
    NoSupportReason,

    [Label("Not Known")]
    NotKnown,
}
