using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Advocacy;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.CaseNotes;
using MspCaseManager.Domain.Consent;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.People;
using MspCaseManager.Domain.Plans;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Data;

/// <summary>Everything recorded in an enquiry is stored and read back as the domain left it.</summary>
public class EnquiryPersistenceTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static DateOnly Today => TestData.Today;

    [Fact]
    public async Task SaveChanges_WholeEnquiryRecorded_ReadsBackTheSame()
    {
        var created = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        var userId = await TestData.UserIdAsync(factory, DemoAccounts.SocialWorker);
        var managerId = await TestData.UserIdAsync(factory, DemoAccounts.TeamManager);
        var (_, deputyId) = await TestData.AddContactsAsync(factory, created.AdultId);
        var adult = await TestData.AdultOfAsync(factory, created.Id);

        await factory.WithDbAsync(async db =>
        {
            var enquiry = await db.Enquiries.WithEverything().SingleAsync(e => e.Id == created.Id);
            enquiry.RecordAdvocacyAssessment(
                new AdvocacyAssessmentDetails
                {
                    AssessedOn = Today,
                    HasSubstantialDifficulty = true,
                    Difficulties = [SubstantialDifficulty.Understanding, SubstantialDifficulty.UsingOrWeighing],
                    HasAppropriatePerson = false,
                },
                adult, userId, DateTime.UtcNow, Today);
            enquiry.RecordAdvocacyReferral(
                new AdvocacyReferralDetails { Type = AdvocacyType.CareActAdvocate, Provider = "Voiceability", ReferredOn = Today }, userId, DateTime.UtcNow, Today);
            enquiry.RecordConsent(new ConsentDetails
            {
                Answer = ConsentAnswer.No,
                AskedOn = Today,
                ContinueWithoutConsent = true,
                LawfulReasons = [LawfulReason.Crime, LawfulReason.CoercionOrUndueInfluence],
                ToldWhyOn = Today,
                ConsentsToShareInformation = true,
                SharingAgencies = ["Police", "GP"],
            }, userId, DateTime.UtcNow, Today);
            enquiry.RecordFeelingSafeAtStart(true, 3, null);
            enquiry.RecordCapacityAssessment(LacksCapacity(), userId, DateTime.UtcNow, Today);
            enquiry.RecordMeeting(new MeetingDetails { HeldOn = Today, Type = MeetingType.NetworkMeeting, Attendees = ["Sam Okafor", "Police"], AdultAttended = true, VenueChosenByAdult = true }, Today);
            enquiry.AddPlanAction(new PlanActionDetails { What = "Bank protection", Who = "Bank", DueOn = Today.AddDays(7) }, Today);
            enquiry.MarkSectionNotNeeded(EnquirySection.SafeguardingPlan, "Not needed", userId, DateTime.UtcNow);
            await db.SaveChangesAsync();

            var referral = enquiry.AdvocacyReferrals.Single();
            enquiry.UpdateAdvocacyReferral(referral.Id,
                new ReferralStatusChangeDetails { Status = ReferralStatus.UnableToAllocate, ChangedOn = Today, Reason = "Waiting list" }, userId, DateTime.UtcNow, Today);
            enquiry.UpdateAdvocacyReferral(referral.Id,
                new ReferralStatusChangeDetails { Status = ReferralStatus.Allocated, ChangedOn = Today, AdvocateName = "Dee Advocate" }, userId, DateTime.UtcNow, Today);
            var advocate = enquiry.AdvocateAsRepresentative(referral.Id);
            enquiry.AddDesiredOutcome(
                new DesiredOutcomeDetails { Words = "I want my money back", Category = DesiredOutcomeCategory.AbuseToStopAndFeelSafer, On = Today },
                advocate, userId, DateTime.UtcNow, Today);
            enquiry.RecordBestInterestsDecision(
                BestInterests(enquiry.CapacityAssessments.Single().Id, deputyId), adult, userId, DateTime.UtcNow, Today);
            await db.SaveChangesAsync();

            var outcome = enquiry.DesiredOutcomes.Single();
            enquiry.ChangeDesiredOutcome(outcome.Id, new DesiredOutcomeDetails
            {
                Words = "I want Gary to stop taking my money",
                Category = DesiredOutcomeCategory.AbuserToStayAway,
                On = Today,
                Reason = "Said more with his advocate",
            }, userId, DateTime.UtcNow, Today);
            enquiry.RecordOutcomesReview(new OutcomesReviewDetails
            {
                ReviewedOn = Today,
                TookPart = ReviewParticipation.Representative,
                Representative = advocate,
                Answers = [new OutcomeAnswerDetails(outcome.Id, OutcomeAchievement.PartiallyAchieved, null)],
                Questions = Enum.GetValues<EndOfEnquiryQuestion>().ToDictionary(q => q, _ => QuestionAnswer.Yes),
                FeelingSafeNotAskedReason = "Too upset",
            }, userId, DateTime.UtcNow, Today);
            enquiry.RecordRiskOutcome(RiskAssessmentOutcome.RiskIdentifiedActionTaken, ResultOfAction.RiskReduced);
            enquiry.RequestClosure("Done", userId, DateTime.UtcNow);
            enquiry.ReturnClosure(managerId, DateTime.UtcNow, "Not yet");
            db.CaseNotes.Add(enquiry.WriteCaseNote(
                new CaseNoteDetails { OccurredOn = Today, Type = CaseNoteType.Visit, Text = "Visited at home" }, userId, DateTime.UtcNow, Today));
            await db.SaveChangesAsync();
        });

        var (loaded, notes) = await factory.WithDbAsync(async db =>
            (await db.Enquiries.AsNoTracking().WithEverything().SingleAsync(e => e.Id == created.Id),
             await db.CaseNotes.Where(n => n.EnquiryId == created.Id).ToListAsync()));

        Assert.True(loaded.AdvocacyDutyApplies);
        Assert.False(loaded.AdvocacyDutyOutstanding);
        Assert.Equal("Dee Advocate", loaded.AdvocacyReferrals.Single().AdvocateName);
        Assert.Equal(
            [(ReferralStatus.Referred, null, null), (ReferralStatus.UnableToAllocate, null, "Waiting list"), (ReferralStatus.Allocated, "Dee Advocate", null)],
            loaded.AdvocacyReferrals.Single().History.OrderBy(c => c.Number).Select(c => (c.Status, c.AdvocateName, c.Reason)));
        Assert.Equal(TestData.ConcernDetails().ReceivedOn, loaded.ConcernReceivedOn);
        Assert.Equal([LawfulReason.Crime, LawfulReason.CoercionOrUndueInfluence], loaded.CurrentConsent!.LawfulReasons);
        Assert.Equal(["Police", "GP"], loaded.CurrentConsent.SharingAgencies);
        Assert.Equal(3, loaded.FeelingSafeAtStart!.Score);
        Assert.True(loaded.FeelingSafeAtStart.WasAsked);
        Assert.Equal("Too upset", loaded.FeelingSafeAtEnd!.NotAskedReason);
        var assessment = loaded.CapacityAssessments.Single();
        Assert.Equal(Ability.Unable, assessment.UseOrWeigh.Ability);
        Assert.True(assessment.LacksCapacity);
        var decision = loaded.BestInterestsDecisions.Single();
        Assert.Equal(2, decision.Options.Count);
        Assert.Equal(FactorWeight.High, decision.Options[0].Factors.Single().Weight);
        Assert.Equal("Supported contact only", decision.ChosenOption.Name);
        Assert.Equal(
            [("Dee Advocate", ConsulteeRole.Other, null), ("Brian Deputy", ConsulteeRole.Deputy, deputyId)],
            decision.Consultees.Select(c => (c.Name, c.Role, c.LegalAuthorityId)));
        Assert.Equal(("Brian Deputy", LegalAuthorityKind.Deputy), (decision.DecisionMaker, decision.DecisionMakerAuthority));
        Assert.Equal("He sees Gary every day", decision.RelevantCircumstances);
        var outcome = loaded.DesiredOutcomes.Single();
        Assert.Equal("I want Gary to stop taking my money", outcome.Words);
        Assert.Equal(RepresentativeRole.Advocate, outcome.ExpressedBy!.Role);
        Assert.Equal("I want my money back", outcome.History.Single().FromWords);
        Assert.Equal(["Sam Okafor", "Police"], loaded.Meetings.Single().Attendees);
        Assert.Equal(OutcomeAchievement.PartiallyAchieved, loaded.OutcomesReview!.Overall);
        Assert.Equal(6, loaded.OutcomesReview.Questions.Count);
        Assert.Equal(RiskAssessmentOutcome.RiskIdentifiedActionTaken, loaded.RiskOutcome);
        Assert.Equal(EnquiryStatus.Open, loaded.Status);
        Assert.Equal(DecisionStatusReturned, loaded.CurrentClosureRequest!.Decision.ToString());
        Assert.Equal("Dee Advocate", loaded.OutcomesAskedRepresentative!.Name);
        Assert.Null(loaded.AdvocacyAssessments.Single().AppropriatePerson);
        Assert.Equal("Visited at home", notes.Single().Text);
    }

    [Fact]
    public async Task SaveChanges_ChildAdded_BumpsOnlyTheEnquiryVersion()
    {
        var created = await TestData.CreateEnquiryAsync(factory);
        var userId = await TestData.UserIdAsync(factory, DemoAccounts.SocialWorker);

        var (before, after, childHasVersion) = await factory.WithDbAsync(async db =>
        {
            var enquiry = await db.Enquiries.WithEverything().SingleAsync(e => e.Id == created.Id);
            var version = db.VersionOf(enquiry);
            enquiry.RecordFeelingSafeAtStart(false, null, "Not yet seen");
            enquiry.AddPlanAction(new PlanActionDetails { What = "Visit", Who = "Sam", DueOn = Today }, Today);
            db.ExpectVersion(enquiry, version);
            await db.SaveChangesAsync();
            return (version, db.VersionOf(enquiry), db.Model.FindEntityType(typeof(PlanAction))!.FindProperty("Version") is not null);
        });

        Assert.Equal(before + 1, after);
        Assert.False(childHasVersion);
    }

    private const string DecisionStatusReturned = "Returned";

    private static CapacityAssessmentDetails LacksCapacity() => new()
    {
        Decision = "Contact with his friend Gary",
        AssessedOn = Today,
        AssessorName = "Sam Okafor",
        ImpairmentOrDisturbance = true,
        ImpairmentEvidence = "Learning disability",
        Understand = Ability.Unable,
        UnderstandEvidence = "Could not say what Gary does with the money",
        Retain = Ability.Able,
        RetainEvidence = "Remembered the conversation",
        UseOrWeigh = Ability.Unable,
        UseOrWeighEvidence = "Could not weigh the risk",
        Communicate = Ability.Able,
        CommunicateEvidence = "Spoke clearly",
        PracticableSteps = "Easy read, advocate present",
        Conclusion = CapacityConclusion.LacksCapacity,
        MayFluctuate = false,
        MayRegain = false,
    };

    private static BestInterestsDetails BestInterests(int assessmentId, int deputyId) => new()
    {
        CapacityAssessmentId = assessmentId,
        NotDecidedOnAgeAppearanceConditionOrBehaviour = true,
        RelevantCircumstances = "He sees Gary every day",
        CanDecisionWait = "No",
        HowPersonTookPart = "Easy read",
        WishesFeelingsBeliefsAndValues = "Values friendship",
        Consultees =
        [
            new ConsulteeDetails { Name = "Dee Advocate", Role = ConsulteeRole.Other, View = "Supports a plan" },
            new ConsulteeDetails { LegalAuthorityId = deputyId, View = "Agrees" },
        ],
        Options =
        [
            new BalanceSheetOptionDetails { Name = "Keep things as they are", IsStatusQuo = true, For = [new("Keeps his friend", FactorWeight.High)] },
            new BalanceSheetOptionDetails { Name = "Supported contact only", For = [new("Money protected", FactorWeight.High)] },
        ],
        ChosenOption = 2,
        LeastRestrictiveOptionConsidered = true,
        Decision = "Supported contact only",
        Rationale = "Protects money while keeping the friendship",
        DecisionMakerLegalAuthorityId = deputyId,
        DecidedOn = Today,
    };
}
