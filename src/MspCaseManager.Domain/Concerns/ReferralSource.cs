using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Concerns;

/// <summary>
/// Who raised the concern, by kind: the categories councils used in the national "source of
/// referral" table of the former Abuse of Vulnerable Adults and Safeguarding Adults returns
/// (social care staff by setting, health staff by setting, then other sources). Reported in the
/// Concerns report "by source of the referral". Stored as the member name: never rename one.
/// </summary>
public enum ReferralSource
{
    [Label("Social care staff: domiciliary care")]
    SocialCareDomiciliary,

    [Label("Social care staff: residential or nursing care")]
    SocialCareResidential,

    [Label("Social care staff: day care")]
    SocialCareDayCare,

    [Label("Social care staff: social worker or care manager")]
    SocialCareSocialWorker,

    [Label("Social care staff: self-directed care")]
    SocialCareSelfDirected,

    [Label("Social care staff: other")]
    SocialCareOther,

    [Label("Health staff: primary or community health")]
    HealthPrimaryCommunity,

    [Label("Health staff: secondary health (hospital)")]
    HealthSecondary,

    [Label("Health staff: mental health")]
    HealthMentalHealth,

    [Label("Self-referral")]
    Self,

    [Label("Family member")]
    Family,

    [Label("Friend or neighbour")]
    FriendOrNeighbour,

    [Label("Other service user")]
    OtherServiceUser,

    [Label("Care Quality Commission")]
    CareQualityCommission,

    [Label("Housing")]
    Housing,

    [Label("Education, training or workplace")]
    EducationTrainingWorkplace,

    [Label("Police")]
    Police,

    [Label("Other")]
    Other,

    [Label("Not known")]
    NotKnown,
}
