using MspCaseManager.Domain.Advocacy;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.CaseNotes;
using MspCaseManager.Domain.Consent;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.People;
using MspCaseManager.Domain.Plans;
using MspCaseManager.Domain.Tests.Concerns;
using MspCaseManager.Domain.Tests.People;

namespace MspCaseManager.Domain.Tests.Enquiries;

/// <summary>Valid defaults for an open enquiry and everything recorded on it; tests change only what they are about.</summary>
public static class TestEnquiries
{
    public static readonly DateOnly Today = TestConcerns.Today;
    public static readonly DateOnly Earlier = new(2025, 6, 10);
    public static readonly DateTime NowUtc = TestConcerns.NowUtc;
    public const string WorkerId = TestConcerns.WorkerId;
    public const string ManagerId = TestConcerns.ManagerId;
    public const int EnquiryId = 21;

    /// <summary>When the manager authorised the decision that opened the enquiry: on <see cref="Earlier"/>.</summary>
    public static readonly DateTime OpenedAtUtc = new(2025, 6, 10, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>A Section 42 enquiry, started and opened on <see cref="Earlier"/>, unallocated.</summary>
    public static Enquiry Open()
    {
        var concern = TestConcerns.Create().WithId(11);
        concern.Decide(TestConcerns.Section42);
        return concern.Authorise(Earlier, OpenedAtUtc)!.WithId(EnquiryId);
    }

    public static DesiredOutcomeDetails Outcome(string words = "I want the calls to stop") => new()
    {
        Words = words,
        Category = DesiredOutcomeCategory.AbuseToStopAndFeelSafer,
        On = Earlier,
    };

    public static DesiredOutcome AddOutcome(this Enquiry enquiry, string words = "I want the calls to stop", int id = 1) =>
        enquiry.AddDesiredOutcome(Outcome(words), expressedBy: null, WorkerId, NowUtc, Today).WithId(id);

    public static ConsentDetails ConsentAnswered(ConsentAnswer answer = ConsentAnswer.Yes) =>
        new() { Answer = answer, AskedOn = Earlier, ContinueWithoutConsent = answer == ConsentAnswer.No ? false : null, ConsentsToShareInformation = false };

    public static CapacityAssessmentDetails LacksCapacity => new()
    {
        Decision = "Whether to have contact with his friend Dave",
        AssessedOn = Earlier,
        AssessorName = "Sam Patel",
        ImpairmentOrDisturbance = true,
        ImpairmentEvidence = "Diagnosed learning disability.",
        Understand = Ability.Unable,
        UnderstandEvidence = "Could not say what Dave does with his bank card.",
        Retain = Ability.Able,
        RetainEvidence = "Remembered the conversation the next day.",
        UseOrWeigh = Ability.Unable,
        UseOrWeighEvidence = "Could not weigh losing his money against seeing Dave.",
        Communicate = Ability.Able,
        CommunicateEvidence = "Told us clearly, with pictures.",
        PracticableSteps = "Easy-read information, two visits, his advocate present.",
        Conclusion = CapacityConclusion.LacksCapacity,
        MayFluctuate = false,
        MayRegain = false,
    };

    public static CapacityAssessmentDetails HasCapacity => LacksCapacity with
    {
        Understand = Ability.Able,
        UseOrWeigh = Ability.Able,
        Conclusion = CapacityConclusion.HasCapacity,
    };

    public static CapacityAssessment AssessCapacity(this Enquiry enquiry, CapacityAssessmentDetails details, int id = 1) =>
        enquiry.RecordCapacityAssessment(details, WorkerId, NowUtc, Today).WithId(id);

    /// <summary>
    /// The adult the enquiry is about, with the people around them: his sister Susan (id 2), who
    /// could be his appropriate person; Pat, a paid carer (id 3), who could not; and Derek Dawson,
    /// his health and welfare attorney (legal authority id 4).
    /// </summary>
    public static Adult TheAdult()
    {
        var adult = TestAdults.Create().WithId(TestConcerns.AdultId);
        adult.AddImportantPerson("Susan Smith", "Sister", null, couldBeAppropriatePerson: true).WithId(SisterId).BelongsTo(adult);
        adult.AddImportantPerson("Pat Jones", "Home carer", null, couldBeAppropriatePerson: false).WithId(CarerId).BelongsTo(adult);
        adult.AddLegalAuthority(LegalAuthorityKind.LastingPowerOfAttorneyHealthAndWelfare, "Derek Dawson", null, Today).WithId(AttorneyId);
        return adult;
    }

    public const int SisterId = 2;
    public const int CarerId = 3;
    public const int AttorneyId = 4;

    /// <summary>A best-interests decision following assessment 5, with his IMCA and his attorney consulted.</summary>
    public static BestInterestsDetails BestInterests => new()
    {
        CapacityAssessmentId = 5,
        NotDecidedOnAgeAppearanceConditionOrBehaviour = true,
        RelevantCircumstances = "He sees Dave every weekend; Dave has his bank card.",
        CanDecisionWait = "No: he is losing money every week.",
        HowPersonTookPart = "Met at his day centre with his advocate; easy-read options.",
        WishesFeelingsBeliefsAndValues = "Values his friendship with Dave; has always wanted to manage his own money.",
        Consultees =
        [
            new ConsulteeDetails { Name = "Alex Green", Role = ConsulteeRole.Imca, View = "Supports limiting contact about money only." },
            new ConsulteeDetails { LegalAuthorityId = AttorneyId, View = "Wants him to keep his friend." },
        ],
        Options =
        [
            new BalanceSheetOptionDetails
            {
                Name = "Keep things as they are",
                IsStatusQuo = true,
                For = [new("Keeps his friendship", FactorWeight.Medium)],
                Against = [new("Keeps losing money", FactorWeight.High)],
            },
            new BalanceSheetOptionDetails
            {
                Name = "Appointee manages his money; he keeps seeing Dave",
                For = [new("Money protected", FactorWeight.High)],
                Against = [new("Less control", FactorWeight.Low)],
            },
        ],
        ChosenOption = 2,
        LeastRestrictiveOptionConsidered = true,
        Decision = "The council becomes his appointee; contact with Dave continues.",
        Rationale = "Protects his money while keeping the friendship he values.",
        DecisionMaker = "Sam Patel",
        DecidedOn = Today,
    };

    public static BestInterestsDecision DecideBestInterests(this Enquiry enquiry, BestInterestsDetails details) =>
        enquiry.RecordBestInterestsDecision(details, TheAdult(), WorkerId, NowUtc, Today);

    /// <summary>The s68 test with the difficulties given; the appropriate person asked about only when there is one.</summary>
    public static AdvocacyAssessmentDetails S68Test(bool understanding = false, bool retaining = false, bool weighing = false,
        bool communicating = false, int? appropriatePersonId = null)
    {
        SubstantialDifficulty[] difficulties =
        [
            .. understanding ? [SubstantialDifficulty.Understanding] : Array.Empty<SubstantialDifficulty>(),
            .. retaining ? [SubstantialDifficulty.Retaining] : Array.Empty<SubstantialDifficulty>(),
            .. weighing ? [SubstantialDifficulty.UsingOrWeighing] : Array.Empty<SubstantialDifficulty>(),
            .. communicating ? [SubstantialDifficulty.Communicating] : Array.Empty<SubstantialDifficulty>(),
        ];
        var difficult = difficulties.Length > 0;
        return new()
        {
            AssessedOn = Earlier,
            HasSubstantialDifficulty = difficult,
            Difficulties = difficulties,
            HasAppropriatePerson = difficult ? appropriatePersonId is not null : null,
            AppropriatePersonId = appropriatePersonId,
        };
    }

    public static AdvocacyAssessment AssessAdvocacy(this Enquiry enquiry, AdvocacyAssessmentDetails details) =>
        enquiry.RecordAdvocacyAssessment(details, TheAdult(), WorkerId, NowUtc, Today);

    /// <summary>Substantial difficulty understanding and weighing, and no appropriate person.</summary>
    public static Enquiry WithAdvocacyDuty(this Enquiry enquiry)
    {
        enquiry.AssessAdvocacy(S68Test(understanding: true, weighing: true));
        return enquiry;
    }

    public static AdvocacyReferralDetails Referral(AdvocacyType type = AdvocacyType.CareActAdvocate) => new()
    {
        Type = type,
        Provider = "POhWER",
        ReferredOn = Earlier,
    };

    public static ReferralStatusChangeDetails Became(ReferralStatus status, string? advocate = null, string? reason = null) =>
        new() { Status = status, ChangedOn = Today, AdvocateName = advocate, Reason = reason };

    public static void UpdateReferral(this Enquiry enquiry, int referralId, ReferralStatusChangeDetails details) =>
        enquiry.UpdateAdvocacyReferral(referralId, details, WorkerId, NowUtc, Today);

    public static PlanActionDetails ActionDetails => new() { What = "Set up call blocking", Who = "Her bank", DueOn = Today.AddDays(7) };

    public static MeetingDetails Meeting => new()
    {
        HeldOn = Earlier,
        Type = MeetingType.NetworkMeeting,
        Attendees = ["Sam Patel (social worker)", "Alex Green (advocate)"],
        AdultAttended = true,
        VenueChosenByAdult = true,
    };

    public static CaseNoteDetails Note(string text = "Visited; she told me about the calls.") =>
        new() { OccurredOn = Earlier, Type = CaseNoteType.Visit, Text = text };

    public static readonly IReadOnlyDictionary<EndOfEnquiryQuestion, QuestionAnswer> AllYes =
        Enum.GetValues<EndOfEnquiryQuestion>().ToDictionary(q => q, _ => QuestionAnswer.Yes);

    /// <summary>The adult took part; each of the given outcome ids answered in turn (fully achieved unless given).</summary>
    public static OutcomesReviewDetails ReviewByAdult(params (int Id, OutcomeAchievement Achievement)[] answers) => new()
    {
        ReviewedOn = Today,
        TookPart = ReviewParticipation.Adult,
        Answers = answers.Select(a => new OutcomeAnswerDetails(a.Id, a.Achievement, "In her words")).ToList(),
        Questions = AllYes,
        FeelingSafeScore = 7,
    };

    public static OutcomesReviewDetails NobodyCouldBeAsked => new()
    {
        ReviewedOn = Today,
        TookPart = ReviewParticipation.Nobody,
        CouldNotAskReason = CouldNotAskReason.Died,
    };

    /// <summary>Everything closure needs: outcomes asked and reviewed, risk outcome recorded.</summary>
    public static Enquiry ReadyToClose()
    {
        var enquiry = Open();
        enquiry.AddOutcome();
        enquiry.RecordOutcomesReview(ReviewByAdult((1, OutcomeAchievement.FullyAchieved)), WorkerId, NowUtc, Today);
        enquiry.RecordRiskOutcome(RiskAssessmentOutcome.RiskIdentifiedActionTaken, ResultOfAction.RiskReduced);
        return enquiry;
    }

    public static Enquiry Closed()
    {
        var enquiry = ReadyToClose();
        enquiry.RequestClosure("Calls blocked; bank refunded part of her savings.", WorkerId, NowUtc);
        enquiry.AuthoriseClosure(ManagerId, NowUtc);
        return enquiry;
    }
}
