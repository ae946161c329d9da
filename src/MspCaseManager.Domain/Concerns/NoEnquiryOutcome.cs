using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Concerns;

/// <summary>What happened instead, when a concern does not lead to an enquiry.</summary>
public enum NoEnquiryOutcome
{
    [Label("Information and advice")]
    InformationAndAdvice,

    [Label("Signposted to another service")]
    Signposted,

    [Label("Referred for a care needs assessment")]
    CareNeedsAssessment,

    [Label("Referred to another agency")]
    ReferredToAnotherAgency,

    [Label("No further action")]
    NoFurtherAction,
}
