using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Concerns;

/// <summary>
/// One submission of the Care Act 2014 s42(1) decision on a concern, and the manager's review of
/// it. Every submission is kept: a returned decision stays as it was and a new one is recorded.
/// Created and reviewed only through <see cref="Concern"/>.
/// </summary>
public sealed class S42Decision : Entity
{
    public const int ServiceNameMaxLength = 200;

    private S42Decision()
    {
        NeedsCareAndSupportReason = null!;
        ExperiencingOrAtRiskOfAbuseReason = null!;
        UnableToProtectThemselvesReason = null!;
        DecidedByUserId = null!;
    }

    internal S42Decision(
        int number,
        S42DecisionDetails details,
        DateOnly concernReceivedOn,
        bool referrerIsAnonymous,
        string decidedByUserId,
        DateTime recordedAtUtc,
        DateOnly today)
    {
        var check = new RuleCheck();
        var needsCare = Criterion(check, details.NeedsCareAndSupport,
            "Select yes if the adult has needs for care and support", nameof(NeedsCareAndSupport));
        var careReason = Reason(check, details.NeedsCareAndSupportReason,
            "Enter the reasons for your answer about needs for care and support", nameof(NeedsCareAndSupportReason));
        var atRisk = Criterion(check, details.ExperiencingOrAtRiskOfAbuse,
            "Select yes if the adult is experiencing, or at risk of, abuse or neglect", nameof(ExperiencingOrAtRiskOfAbuse));
        var abuseReason = Reason(check, details.ExperiencingOrAtRiskOfAbuseReason,
            "Enter the reasons for your answer about abuse or neglect", nameof(ExperiencingOrAtRiskOfAbuseReason));
        var unableToProtect = Criterion(check, details.UnableToProtectThemselves,
            "Select yes if the adult is unable to protect themselves", nameof(UnableToProtectThemselves));
        var protectReason = Reason(check, details.UnableToProtectThemselvesReason,
            "Enter the reasons for your answer about being able to protect themselves", nameof(UnableToProtectThemselvesReason));

        var route = check.Choice(details.Route, "Select the decision", nameof(Route));
        if (route is { } chosenRoute && needsCare is { } care && atRisk is { } risk && unableToProtect is { } unable)
        {
            CheckRoute(check, chosenRoute, care && risk && unable);
        }

        NoEnquiryOutcome? outcome = null;
        string? service = null;
        if (route == EnquiryRoute.NoEnquiry)
        {
            outcome = check.Choice(details.NoEnquiryOutcome, "Select what happened instead of an enquiry", nameof(NoEnquiryOutcome));
            service = outcome is Concerns.NoEnquiryOutcome.Signposted or Concerns.NoEnquiryOutcome.ReferredToAnotherAgency
                ? check.Required(details.SignpostedOrReferredTo, ServiceNameMaxLength,
                    "Enter the name of the service", "Name of the service", nameof(SignpostedOrReferredTo))
                : check.Optional(details.SignpostedOrReferredTo, ServiceNameMaxLength,
                    "Name of the service", nameof(SignpostedOrReferredTo));
        }

        var decidedOn = check.PastDate(details.DecidedOn, today,
            "Enter the date of the decision", "Decision date must be today or in the past", nameof(DecidedOn));
        check.RefuseIf(decidedOn < concernReceivedOn,
            "Decision date must be on or after the date the concern was received", nameof(DecidedOn));

        var feedbackRequired = route == EnquiryRoute.NoEnquiry && !referrerIsAnonymous;
        var feedbackGiven = details.ReferrerFeedbackGivenOn is not null || details.ReferrerFeedbackMethod is not null;
        DateOnly? feedbackOn = null;
        FeedbackMethod? feedbackMethod = null;
        string? feedbackNote = null;
        if (!referrerIsAnonymous && (feedbackRequired || feedbackGiven))
        {
            feedbackOn = check.PastDate(details.ReferrerFeedbackGivenOn, today,
                "Enter the date feedback was given to the referrer",
                "Date feedback was given must be today or in the past",
                nameof(ReferrerFeedbackGivenOn));
            check.RefuseIf(feedbackOn < decidedOn,
                "Date feedback was given must be on or after the decision date", nameof(ReferrerFeedbackGivenOn));
            feedbackMethod = check.Choice(details.ReferrerFeedbackMethod,
                "Select how feedback was given to the referrer", nameof(ReferrerFeedbackMethod));
            feedbackNote = check.Optional(details.ReferrerFeedbackNote, Concern.NarrativeMaxLength,
                "Feedback note", nameof(ReferrerFeedbackNote));
        }

        check.ThrowIfAny();

        Number = number;
        NeedsCareAndSupport = needsCare!.Value;
        NeedsCareAndSupportReason = careReason!;
        ExperiencingOrAtRiskOfAbuse = atRisk!.Value;
        ExperiencingOrAtRiskOfAbuseReason = abuseReason!;
        UnableToProtectThemselves = unableToProtect!.Value;
        UnableToProtectThemselvesReason = protectReason!;
        Route = route!.Value;
        NoEnquiryOutcome = outcome;
        SignpostedOrReferredTo = service;
        ReferrerFeedbackGivenOn = feedbackOn;
        ReferrerFeedbackMethod = feedbackMethod;
        ReferrerFeedbackNote = feedbackNote;
        DecidedOn = decidedOn!.Value;
        DecidedByUserId = Guard.Required(decidedByUserId, "The member of staff making the decision must be known");
        RecordedAtUtc = UtcTime.Require(recordedAtUtc, nameof(recordedAtUtc));
        Status = DecisionStatus.AwaitingAuthorisation;
    }

    public int ConcernId { get; private set; }

    /// <summary>1 for the first submission on the concern, then 2, 3...: the order of the history.</summary>
    public int Number { get; private set; }

    public bool NeedsCareAndSupport { get; private set; }

    public string NeedsCareAndSupportReason { get; private set; }

    public bool ExperiencingOrAtRiskOfAbuse { get; private set; }

    public string ExperiencingOrAtRiskOfAbuseReason { get; private set; }

    public bool UnableToProtectThemselves { get; private set; }

    public string UnableToProtectThemselvesReason { get; private set; }

    public EnquiryRoute Route { get; private set; }

    /// <summary>Only for <see cref="EnquiryRoute.NoEnquiry"/>, where it is required.</summary>
    public NoEnquiryOutcome? NoEnquiryOutcome { get; private set; }

    /// <summary>The service the adult was signposted or referred to.</summary>
    public string? SignpostedOrReferredTo { get; private set; }

    /// <summary>Required for no enquiry unless the referrer is anonymous (then never recorded).</summary>
    public DateOnly? ReferrerFeedbackGivenOn { get; private set; }

    public FeedbackMethod? ReferrerFeedbackMethod { get; private set; }

    public string? ReferrerFeedbackNote { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    public string DecidedByUserId { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    public DecisionStatus Status { get; private set; }

    /// <summary>The manager who authorised or returned the decision.</summary>
    public string? ReviewedByUserId { get; private set; }

    public DateTime? ReviewedAtUtc { get; private set; }

    /// <summary>The UK calendar date of the review: the day an authorised decision was authorised.</summary>
    public DateOnly? ReviewedOn { get; private set; }

    /// <summary>Optional when authorising; required when returning.</summary>
    public string? ManagerComments { get; private set; }

    public bool AllCriteriaMet => NeedsCareAndSupport && ExperiencingOrAtRiskOfAbuse && UnableToProtectThemselves;

    public bool LeadsToEnquiry => Route != EnquiryRoute.NoEnquiry;

    internal void Authorise(string managerUserId, DateTime nowUtc, string? comments)
    {
        var manager = Guard.Required(managerUserId, "The authorising manager must be known");
        var validComments = Text.Optional(comments, Concern.NarrativeMaxLength, "Comments", nameof(ManagerComments));
        Review(DecisionStatus.Authorised, manager, UtcTime.Require(nowUtc, nameof(nowUtc)), validComments);
    }

    internal void Return(string managerUserId, DateTime nowUtc, string? comments)
    {
        var manager = Guard.Required(managerUserId, "The manager returning the decision must be known");
        var validComments = Text.Required(comments, Concern.NarrativeMaxLength,
            "Enter why you are returning the decision", "Comments", nameof(ManagerComments));
        Review(DecisionStatus.Returned, manager, UtcTime.Require(nowUtc, nameof(nowUtc)), validComments);
    }

    private void Review(DecisionStatus status, string managerUserId, DateTime nowUtc, string? comments)
    {
        Status = status;
        ReviewedByUserId = managerUserId;
        ReviewedAtUtc = nowUtc;
        ReviewedOn = UkTime.DateOf(nowUtc);
        ManagerComments = comments;
    }

    private static bool? Criterion(RuleCheck check, bool? answer, string message, string field) =>
        check.RefuseIf(answer is null, message, field) ? answer : null;

    private static string? Reason(RuleCheck check, string? value, string missingMessage, string field) =>
        check.Required(value, Concern.NarrativeMaxLength, missingMessage, "Reasons", field);

    private static void CheckRoute(RuleCheck check, EnquiryRoute route, bool allCriteriaMet)
    {
        check.RefuseIf(allCriteriaMet && route != EnquiryRoute.Section42Enquiry,
            "All three s42(1) criteria are met, so this must be a Section 42 enquiry", nameof(Route));
        check.RefuseIf(!allCriteriaMet && route == EnquiryRoute.Section42Enquiry,
            "A Section 42 enquiry needs all three s42(1) criteria to be met: choose another safeguarding enquiry or no enquiry",
            nameof(Route));
    }
}
