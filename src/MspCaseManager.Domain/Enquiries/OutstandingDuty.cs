using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Enquiries;

/// <summary>Statutory items still outstanding, shown as warnings on the overview and the manager's views.</summary>
public enum OutstandingDuty
{
    [Label("The duty to refer for an independent advocate applies, and no advocate is allocated or awaited, and no reason for not referring is recorded")]
    AdvocacyReferral,

    [Label("The adult does not consent to the enquiry, and no lawful reason to continue is recorded")]
    ConsentRefusedWithoutLawfulReason,

    [Label("Capacity is in doubt (the adult was unable to decide about consent, or has substantial difficulty being involved), and no mental capacity assessment is recorded")]
    CapacityInDoubtNotAssessed,

    [Label("The adult has not yet been asked about their desired outcomes")]
    DesiredOutcomesNotAsked,
}
