using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Advocacy;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.CaseNotes;
using MspCaseManager.Domain.Consent;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.People;
using MspCaseManager.Domain.Plans;

namespace MspCaseManager.Web.Tests.Support;

/// <summary>
/// What happens in an enquiry, written through the domain's own verbs: the records each
/// needs-attention rule looks at, one at a time or at random, for tests that compare the rules in
/// SQL and in memory.
/// </summary>
public static class EnquiryHistories
{
    private static DateOnly Today => TestData.Today;

    public static ConsentDetails Consent(ConsentAnswer answer) => new()
    {
        Answer = answer,
        AskedOn = Today,
        ContinueWithoutConsent = answer == ConsentAnswer.No ? false : null,
        ConsentsToShareInformation = false,
    };

    public static CapacityAssessmentDetails CapacityAssessment(bool lacksCapacity) => new()
    {
        Decision = "Whether to move into a care home",
        AssessedOn = Today,
        AssessorName = "Sam Okafor",
        ImpairmentOrDisturbance = lacksCapacity,
        ImpairmentEvidence = lacksCapacity ? "Diagnosed dementia" : "None found",
        Understand = lacksCapacity ? Ability.Unable : Ability.Able,
        UnderstandEvidence = "Explained in plain words",
        Retain = Ability.Able,
        RetainEvidence = "Remembered the visit",
        UseOrWeigh = lacksCapacity ? Ability.Unable : Ability.Able,
        UseOrWeighEvidence = "Talked through the choices",
        Communicate = Ability.Able,
        CommunicateEvidence = "Said what she wants",
        PracticableSteps = "Quiet room, her daughter present",
        Conclusion = lacksCapacity ? CapacityConclusion.LacksCapacity : CapacityConclusion.HasCapacity,
        MayFluctuate = false,
        MayRegain = false,
    };

    public static BestInterestsDetails BestInterests(int capacityAssessmentId) => new()
    {
        CapacityAssessmentId = capacityAssessmentId,
        NotDecidedOnAgeAppearanceConditionOrBehaviour = true,
        RelevantCircumstances = "Falls at night; her home has stairs",
        CanDecisionWait = "No",
        HowPersonTookPart = "Met twice with her daughter",
        WishesFeelingsBeliefsAndValues = "She has always wanted to stay near her church",
        Options =
        [
            new() { Name = "Stay at home with more care", IsStatusQuo = true, For = [new("Familiar", FactorWeight.Medium)] },
            new() { Name = "Move to the care home by her church", For = [new("Safe at night", FactorWeight.High)] },
        ],
        ChosenOption = 2,
        LeastRestrictiveOptionConsidered = true,
        Decision = "Move to the care home by her church",
        Rationale = "Safe at night and near what matters to her",
        DecisionMaker = "Sam Okafor",
        DecidedOn = Today,
    };

    /// <summary>
    /// An s68 test; <paramref name="appropriatePersonId"/> is one of the people important to the
    /// adult who could be their appropriate person, or null when there is none.
    /// </summary>
    public static AdvocacyAssessmentDetails S68Test(bool difficulty, int? appropriatePersonId = null) => new()
    {
        AssessedOn = Today,
        HasSubstantialDifficulty = difficulty,
        Difficulties = difficulty ? [SubstantialDifficulty.Understanding] : [],
        HasAppropriatePerson = difficulty ? appropriatePersonId is not null : null,
        AppropriatePersonId = appropriatePersonId,
    };

    public static AdvocacyReferralDetails Referral(AdvocacyType type) => new() { Type = type, Provider = "Advocacy service", ReferredOn = Today };

    public static PlanActionDetails PlanAction(int dueInDays, PlanActionStatus status) => new()
    {
        What = "Talk to the bank",
        Who = "Sam",
        DueOn = Today.AddDays(dueInDays),
        Status = status,
        CompletedOn = status == PlanActionStatus.Completed ? Today : null,
        CancelledReason = status == PlanActionStatus.Cancelled ? "No longer needed" : null,
    };

    public static CaseNoteDetails Note(int daysAgo) => new() { OccurredOn = Today.AddDays(-daysAgo), Type = CaseNoteType.Phone, Text = "Rang her" };

    /// <summary>An outcomes review in which the adult said every current outcome was fully achieved, and a risk outcome.</summary>
    public static void Review(Enquiry enquiry, string userId)
    {
        enquiry.RecordOutcomesReview(
            new OutcomesReviewDetails
            {
                ReviewedOn = Today,
                TookPart = ReviewParticipation.Adult,
                Answers = enquiry.CurrentDesiredOutcomes.Select(o => new OutcomeAnswerDetails(o.Id, OutcomeAchievement.FullyAchieved, null)).ToList(),
                Questions = Enum.GetValues<EndOfEnquiryQuestion>().ToDictionary(q => q, _ => QuestionAnswer.Yes),
                FeelingSafeScore = 8,
            },
            userId, DateTime.UtcNow, Today);
        enquiry.RecordRiskOutcome(RiskAssessmentOutcome.RiskIdentifiedActionTaken, ResultOfAction.RiskRemoved);
    }

    /// <summary>An outcomes review in which nobody could be asked, for <paramref name="reason"/>.</summary>
    public static void NobodyCouldBeAsked(Enquiry enquiry, string userId, CouldNotAskReason reason) =>
        enquiry.RecordOutcomesReview(
            new OutcomesReviewDetails { ReviewedOn = Today, TookPart = ReviewParticipation.Nobody, CouldNotAskReason = reason },
            userId, DateTime.UtcNow, Today);

    /// <summary>
    /// A random history touching every rule: whether they were asked what they want, consent,
    /// capacity assessments and best interests, s68 tests and referrals, plan actions, case notes
    /// (returned, to be saved with it), the outcomes review (or the adult's death) and closure.
    /// </summary>
    public static RandomHistory Random(Enquiry enquiry, Adult adult, string userId, string managerId, Random random, int openedDaysAgo)
    {
        var now = DateTime.UtcNow;
        var bestInterestsLater = new List<CapacityAssessment>();
        if (random.Next(3) > 0)
        {
            if (random.Next(2) == 0)
            {
                enquiry.RecordOutcomesAsked(DesiredOutcomesAsked.YesButNoneExpressed, SpokenBy.TheAdult);
            }
            else
            {
                enquiry.RecordOutcomesAsked(DesiredOutcomesAsked.No, SpokenBy.TheAdult, OutcomesNotAskedReason.Declined);
            }
        }

        for (var i = random.Next(3); i > 0; i--)
        {
            enquiry.RecordConsent(Consent(Enum.GetValues<ConsentAnswer>()[random.Next(3)]), userId, now, Today);
        }

        for (var i = random.Next(3); i > 0; i--)
        {
            var lacks = random.Next(2) == 0;
            var assessment = enquiry.RecordCapacityAssessment(CapacityAssessment(lacks), userId, now, Today);
            if (lacks && random.Next(2) == 0)
            {
                // Best interests need the assessment's id: decided later, once it is saved.
                bestInterestsLater.Add(assessment);
            }
        }

        for (var i = random.Next(3); i > 0; i--)
        {
            var appropriatePerson = random.Next(3) == 0 ? adult.ImportantPeople.FirstOrDefault(p => p.CouldBeAppropriatePerson)?.Id : null;
            enquiry.RecordAdvocacyAssessment(S68Test(random.Next(2) == 0, appropriatePerson), adult, userId, now, Today);
        }

        if (random.Next(4) == 0)
        {
            enquiry.RecordAdvocacyReferral(Referral(Enum.GetValues<AdvocacyType>()[random.Next(Enum.GetValues<AdvocacyType>().Length)]), userId, now, Today);
        }

        for (var i = random.Next(3); i > 0; i--)
        {
            enquiry.AddPlanAction(PlanAction(random.Next(-10, 10), Enum.GetValues<PlanActionStatus>()[random.Next(4)]), Today);
        }

        var notes = Enumerable.Range(0, random.Next(3))
            .Select(_ => enquiry.WriteCaseNote(Note(random.Next(0, openedDaysAgo + 1)), userId, now, Today))
            .ToList();

        switch (random.Next(5))
        {
            case 0:
                Review(enquiry, userId);
                break;
            case 1 when enquiry.OutcomesAsked is not null && !enquiry.AdvocacyDutyOutstanding:
                Review(enquiry, userId);
                enquiry.RequestClosure("Done", userId, now);
                if (random.Next(2) == 0)
                {
                    enquiry.AuthoriseClosure(managerId, now);
                }

                break;
            case 2:
                NobodyCouldBeAsked(enquiry, userId, CouldNotAskReason.Died);
                break;
        }

        return new RandomHistory(notes, bestInterestsLater);
    }

    /// <summary>
    /// Opens <paramref name="count"/> enquiries (<see cref="TestData.CreateEnquiriesAsync"/>), moves
    /// their start back a random number of days, gives each a random history, and saves it all;
    /// returns their ids.
    /// </summary>
    public static async Task<IReadOnlyList<int>> CreateRandomAsync(AppFactory factory, int count, int seed)
    {
        var ids = await TestData.CreateEnquiriesAsync(factory, count);
        var userId = await TestData.UserIdAsync(factory, Web.Demo.DemoAccounts.SocialWorker);
        var managerId = await TestData.UserIdAsync(factory, Web.Demo.DemoAccounts.TeamManager);
        var random = new Random(seed);
        var opened = ids.ToDictionary(id => id, _ => random.Next(0, 40));
        await factory.WithDbAsync(async db =>
        {
            foreach (var (id, daysAgo) in opened)
            {
                await OpenedDaysAgoAsync(db, id, daysAgo);
            }

            var enquiries = await db.Enquiries.WithEverything().Where(e => ids.Contains(e.Id)).OrderBy(e => e.Id).ToListAsync();
            var adultIds = enquiries.Select(e => e.AdultId).ToList();
            var adults = await db.Adults.Include(a => a.ImportantPeople).Where(a => adultIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id);
            foreach (var adult in adults.Values.Where(a => a.ImportantPeople.Count == 0))
            {
                // Someone who could be their appropriate person, for the s68 tests that name one.
                adult.AddImportantPerson("Pat Neighbour", "Neighbour", null, couldBeAppropriatePerson: true);
            }

            await db.SaveChangesAsync();
            var histories = enquiries.Select(e => (Enquiry: e, History: Random(e, adults[e.AdultId], userId, managerId, random, opened[e.Id]))).ToList();
            db.CaseNotes.AddRange(histories.SelectMany(h => h.History.Notes));
            await db.SaveChangesAsync();

            foreach (var (enquiry, history) in histories.Where(h => !h.Enquiry.IsClosed))
            {
                foreach (var assessment in history.BestInterestsLater)
                {
                    enquiry.RecordBestInterestsDecision(BestInterests(assessment.Id), adults[enquiry.AdultId], userId, DateTime.UtcNow, Today);
                }
            }

            await db.SaveChangesAsync();
        });
        return ids;
    }

    /// <summary>What <see cref="Random"/> made that is saved apart from the enquiry: case notes, and assessments to decide best interests for once saved.</summary>
    public sealed record RandomHistory(IReadOnlyList<CaseNote> Notes, IReadOnlyList<CapacityAssessment> BestInterestsLater);

    /// <summary>
    /// Moves when the enquiry started (as an enquiry authorised that many days ago would have); the
    /// concern it came from was received no later than that.
    /// </summary>
    public static Task OpenedDaysAgoAsync(MspDbContext db, int enquiryId, int daysAgo)
    {
        var openedOn = Today.AddDays(-daysAgo);
        return db.Enquiries.Where(e => e.Id == enquiryId).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.OpenedOn, openedOn)
            .SetProperty(e => e.ConcernReceivedOn, e => e.ConcernReceivedOn < openedOn ? e.ConcernReceivedOn : openedOn));
    }
}
