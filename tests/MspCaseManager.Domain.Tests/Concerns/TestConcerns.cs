using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Domain.Tests.Concerns;

/// <summary>Valid defaults for concerns and decisions; tests change only what they are about.</summary>
public static class TestConcerns
{
    public static readonly DateOnly Today = new(2025, 6, 15);
    public static readonly DateOnly ReceivedOn = new(2025, 6, 2);
    public static readonly DateTime NowUtc = new(2025, 6, 15, 10, 30, 0, DateTimeKind.Utc);
    public const string WorkerId = "worker-1";
    public const string ManagerId = "manager-1";
    public const int AdultId = 7;
    public const int TeamId = 3;

    public static ConcernDetails Details => new()
    {
        ReceivedOn = ReceivedOn,
        HowReceived = HowReceived.Phone,
        ReferrerName = "Jo Bloggs",
        ReferrerRole = "District nurse",
        ReferrerOrganisation = "Norfolk Community Health and Care",
        ReferrerContact = "07700 900123",
        WhatHappened = "Bruising to both arms; says her son pushed her.",
        ReferralSource = ReferralSource.HealthPrimaryCommunity,
        Allegations = [new AllegationDetails(RiskType.PhysicalAbuse, RiskLocation.OwnHome, RiskSource.OtherKnownToIndividual)],
        AbuseOccurredIn = AbuseArea.ThisCouncil,
        ReferrerSpokeToAdult = YesNoNotKnown.Yes,
        AdultViewOfConcern = AdultViewOfConcern.WantsRaised,
        OthersAtRisk = OthersAtRisk.No,
    };

    public static Concern Create(Func<ConcernDetails, ConcernDetails>? change = null) =>
        new(AdultId, TeamId, change is null ? Details : change(Details), WorkerId, NowUtc, Today);

    /// <summary>All three s42(1) criteria met, so a Section 42 enquiry.</summary>
    public static S42DecisionDetails Section42 => new()
    {
        NeedsCareAndSupport = true,
        NeedsCareAndSupportReason = "Has home care four times a day for mobility and personal care.",
        ExperiencingOrAtRiskOfAbuse = true,
        ExperiencingOrAtRiskOfAbuseReason = "Unexplained bruising and a disclosure of being pushed.",
        UnableToProtectThemselves = true,
        UnableToProtectThemselvesReason = "Depends on her son for daily care and cannot leave the house alone.",
        Route = EnquiryRoute.Section42Enquiry,
        DecidedOn = new DateOnly(2025, 6, 4),
    };

    /// <summary>Not all criteria met, but an enquiry is proportionate.</summary>
    public static S42DecisionDetails OtherEnquiry => Section42 with
    {
        UnableToProtectThemselves = false,
        Route = EnquiryRoute.OtherSafeguardingEnquiry,
    };

    /// <summary>Not all criteria met; information and advice given and the referrer told.</summary>
    public static S42DecisionDetails NoEnquiry => Section42 with
    {
        ExperiencingOrAtRiskOfAbuse = false,
        Route = EnquiryRoute.NoEnquiry,
        NoEnquiryOutcome = NoEnquiryOutcome.InformationAndAdvice,
        ReferrerFeedbackGivenOn = new DateOnly(2025, 6, 5),
        ReferrerFeedbackMethod = FeedbackMethod.Phone,
    };

    public static S42Decision Decide(this Concern concern, S42DecisionDetails details) =>
        concern.RecordDecision(details, WorkerId, NowUtc, Today);

    /// <summary>The manager authorises the decision awaiting authorisation; an enquiry it opens started on <paramref name="startedOn"/> (the concern's receipt by default).</summary>
    public static Enquiry? Authorise(this Concern concern, DateOnly? startedOn = null, DateTime? atUtc = null, string by = ManagerId) =>
        concern.AuthoriseDecision(new DecisionAuthorisation { StartedOn = startedOn ?? ReceivedOn }, by, atUtc ?? NowUtc, Today);

    /// <summary>A concern whose decision (a Section 42 enquiry unless given) has been authorised.</summary>
    public static Concern WithAuthorisedDecision(S42DecisionDetails? details = null)
    {
        var concern = Create();
        concern.Decide(details ?? Section42);
        concern.Authorise();
        return concern;
    }
}
