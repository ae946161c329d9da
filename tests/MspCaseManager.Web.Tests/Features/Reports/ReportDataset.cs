using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.People;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Reports;

/// <summary>
/// A small set of cases, built through the domain's verbs, whose SAC and MSP figures for the
/// financial year 2025-26 are worked out by hand in the tests (docs/reports.md explains each
/// rule). Every awkward case the return has: several allegations of different and of the same
/// type and source in one enquiry; an enquiry that starts in one year and concludes in the next;
/// a closure late on 31 March in summer time (so it concludes on 1 April); an other enquiry; a
/// concern with no enquiry and one not yet decided; nobody could be asked; an adult with three
/// concerns; a reopened and re-closed enquiry; abuse in another council's area; a person who died;
/// a concern received in the year before whose enquiry starts in this one; a case in another team.
/// </summary>
public sealed class ReportDataset
{
    public static readonly FinancialYear Year = new(2025);

    public int C1 { get; private set; }   // Margaret: S42, three allegations, concluded 10 Sep 2025

    public int C2 { get; private set; }   // Arthur: S42, started Jun 2025, concluded 15 Apr 2026 (next year)

    public int C3 { get; private set; }   // Edna, who died: S42, closure authorised 23:30 UTC 31 Mar 2026 (1 Apr BST)

    public int C4 { get; private set; }   // Trevor: other enquiry, concluded Aug 2025

    public int C6 { get; private set; }   // Trevor: S42, closed, reopened, closed again 10 Mar 2026

    public int C7 { get; private set; }   // Joyce: abuse in Suffolk, left out

    public int C9 { get; private set; }   // Walter (South team): S42, concluded Jul 2025

    public int TrevorId { get; private set; }

    private static readonly DateOnly Today = UkTime.DateOf(DateTime.UtcNow);

    private static DateTime At(int year, int month, int day, int hour = 10, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    private static DateOnly On(int year, int month, int day) => new(year, month, day);

    public static async Task<ReportDataset> SeedAsync(AppFactory factory)
    {
        var set = new ReportDataset();
        var ids = await factory.WithDbAsync(async db => new
        {
            North = await db.Teams.Where(t => t.Name == DemoAccounts.NorthTeam).Select(t => t.Id).SingleAsync(),
            South = await db.Teams.Where(t => t.Name == DemoAccounts.SouthTeam).Select(t => t.Id).SingleAsync(),
            Sam = await UserAsync(db, DemoAccounts.SocialWorker),
            Priya = await UserAsync(db, DemoAccounts.TeamManager),
            Jo = await UserAsync(db, DemoAccounts.SouthSocialWorker),
            Mark = await UserAsync(db, DemoAccounts.SouthTeamManager),
        });

        await factory.WithDbAsync(async db =>
        {
            Adult Person(string first, DateOnly born, Gender gender, Ethnicity ethnicity, PrimarySupportReason reason, int team, params HealthCondition[] conditions)
            {
                var adult = new Adult(new AdultDetails
                {
                    FirstName = first, LastName = TestData.UniqueLastName(), DateOfBirth = born, Gender = gender, Ethnicity = ethnicity,
                    PrimarySupportReason = reason, HealthConditions = conditions,
                }, Today, team);
                db.Adults.Add(adult);
                return adult;
            }

            var margaret = Person("Margaret", On(1950, 6, 1), Gender.Female, Ethnicity.White, PrimarySupportReason.PhysicalSupport, ids.North, HealthCondition.AutismExcludingAsperger);
            var arthur = Person("Arthur", On(1990, 1, 1), Gender.Male, Ethnicity.AsianOrAsianBritish, PrimarySupportReason.LearningDisabilitySupport, ids.North, HealthCondition.AspergerOrHighFunctioningAutism);
            var edna = Person("Edna", On(1940, 12, 15), Gender.Female, Ethnicity.White, PrimarySupportReason.SupportWithMemoryAndCognition, ids.North);
            var trevor = Person("Trevor", On(1960, 3, 1), Gender.Male, Ethnicity.BlackAfricanCaribbeanOrBlackBritish, PrimarySupportReason.MentalHealthSupport, ids.North);
            var joyce = Person("Joyce", On(1945, 7, 7), Gender.Female, Ethnicity.White, PrimarySupportReason.SensorySupport, ids.North);
            var fiona = Person("Fiona", On(1980, 2, 2), Gender.Female, Ethnicity.MixedOrMultiple, PrimarySupportReason.SocialSupport, ids.North);
            var walter = Person("Walter", On(1935, 1, 1), Gender.Male, Ethnicity.White, PrimarySupportReason.PhysicalSupport, ids.South);
            await db.SaveChangesAsync();
            // Edna died on 1 October 2025, aged 84: the return reports her age at death.
            edna.RecordDateOfDeath(On(2025, 10, 1), Today);
            set.TrevorId = trevor.Id;

            Concern Concern(Adult adult, DateOnly received, int team, string worker, AbuseArea area, params AllegationDetails[] allegations)
            {
                var concern = new Concern(adult.Id, team, new ConcernDetails
                {
                    ReceivedOn = received, HowReceived = HowReceived.Phone, ReferralSource = ReferralSource.HealthPrimaryCommunity, ReferrerName = "Pat Referrer",
                    WhatHappened = "What the referrer saw.", Allegations = allegations, AbuseOccurredIn = area,
                    OtherCouncilName = area == AbuseArea.AnotherCouncil ? "Suffolk County Council" : null,
                    ReferrerSpokeToAdult = YesNoNotKnown.Yes, AdultViewOfConcern = AdultViewOfConcern.WantsRaised, OthersAtRisk = OthersAtRisk.No,
                }, worker, At(received.Year, received.Month, received.Day), Today);
                db.Concerns.Add(concern);
                return concern;
            }

            static AllegationDetails Allegation(RiskType type, RiskLocation location, RiskSource source) => new(type, location, source);
            const AbuseArea Here = AbuseArea.ThisCouncil;

            var c1 = Concern(margaret, On(2025, 5, 1), ids.North, ids.Sam, Here,
                Allegation(RiskType.PhysicalAbuse, RiskLocation.OwnHome, RiskSource.ServiceProvider),
                Allegation(RiskType.FinancialOrMaterialAbuse, RiskLocation.OwnHome, RiskSource.OtherKnownToIndividual),
                Allegation(RiskType.PhysicalAbuse, RiskLocation.InTheCommunity, RiskSource.OtherKnownToIndividual));
            var c2 = Concern(arthur, On(2025, 6, 1), ids.North, ids.Sam, Here,
                Allegation(RiskType.PhysicalAbuse, RiskLocation.OwnHome, RiskSource.OtherUnknownToIndividual),
                Allegation(RiskType.PhysicalAbuse, RiskLocation.InTheCommunity, RiskSource.OtherUnknownToIndividual));
            var c3 = Concern(edna, On(2025, 7, 1), ids.North, ids.Sam, Here, Allegation(RiskType.NeglectAndActsOfOmission, RiskLocation.CareHomeNursing, RiskSource.ServiceProvider));
            var c4 = Concern(trevor, On(2025, 4, 10), ids.North, ids.Sam, Here, Allegation(RiskType.PsychologicalAbuse, RiskLocation.OwnHome, RiskSource.OtherKnownToIndividual));
            Concern(trevor, On(2025, 9, 1), ids.North, ids.Sam, Here, Allegation(RiskType.SelfNeglect, RiskLocation.OwnHome, RiskSource.OtherKnownToIndividual));
            var c6 = Concern(trevor, On(2026, 2, 1), ids.North, ids.Sam, Here, Allegation(RiskType.DomesticAbuse, RiskLocation.OwnHome, RiskSource.OtherKnownToIndividual));
            var c7 = Concern(joyce, On(2025, 10, 1), ids.North, ids.Sam, AbuseArea.AnotherCouncil, Allegation(RiskType.PhysicalAbuse, RiskLocation.OwnHome, RiskSource.ServiceProvider));
            var c8 = Concern(fiona, On(2025, 11, 5), ids.North, ids.Sam, Here, Allegation(RiskType.SelfNeglect, RiskLocation.OwnHome, RiskSource.OtherKnownToIndividual));
            var c9 = Concern(walter, On(2025, 6, 15), ids.South, ids.Jo, Here, Allegation(RiskType.OrganisationalAbuse, RiskLocation.CareHomeResidential, RiskSource.ServiceProvider));
            var c10 = Concern(margaret, On(2024, 12, 1), ids.North, ids.Sam, Here, Allegation(RiskType.PhysicalAbuse, RiskLocation.OwnHome, RiskSource.ServiceProvider));
            await db.SaveChangesAsync();

            Enquiry? Decide(Concern concern, EnquiryRoute route, DateOnly decided, DateOnly? started, string worker, string manager)
            {
                concern.RecordDecision(new S42DecisionDetails
                {
                    NeedsCareAndSupport = true, NeedsCareAndSupportReason = "Needs care.",
                    ExperiencingOrAtRiskOfAbuse = route != EnquiryRoute.NoEnquiry, ExperiencingOrAtRiskOfAbuseReason = "As described.",
                    UnableToProtectThemselves = route == EnquiryRoute.Section42Enquiry, UnableToProtectThemselvesReason = "As described.",
                    Route = route, DecidedOn = decided,
                    NoEnquiryOutcome = route == EnquiryRoute.NoEnquiry ? NoEnquiryOutcome.Signposted : null,
                    SignpostedOrReferredTo = route == EnquiryRoute.NoEnquiry ? "Befriending service" : null,
                    ReferrerFeedbackGivenOn = route == EnquiryRoute.NoEnquiry ? decided : null,
                    ReferrerFeedbackMethod = route == EnquiryRoute.NoEnquiry ? FeedbackMethod.Phone : null,
                }, worker, At(decided.Year, decided.Month, decided.Day, 9), Today);
                var enquiry = concern.AuthoriseDecision(
                    new DecisionAuthorisation { StartedOn = started, AllocateTo = worker }, manager, At(decided.Year, decided.Month, decided.Day, 12), Today);
                if (enquiry is not null)
                {
                    db.Enquiries.Add(enquiry);
                }

                return enquiry;
            }

            var e1 = Decide(c1, EnquiryRoute.Section42Enquiry, On(2025, 5, 3), On(2025, 5, 3), ids.Sam, ids.Priya)!;
            var e2 = Decide(c2, EnquiryRoute.Section42Enquiry, On(2025, 6, 2), On(2025, 6, 2), ids.Sam, ids.Priya)!;
            var e3 = Decide(c3, EnquiryRoute.Section42Enquiry, On(2025, 7, 1), On(2025, 7, 1), ids.Sam, ids.Priya)!;
            var e4 = Decide(c4, EnquiryRoute.OtherSafeguardingEnquiry, On(2025, 4, 12), On(2025, 4, 12), ids.Sam, ids.Priya)!;
            var e6 = Decide(c6, EnquiryRoute.Section42Enquiry, On(2026, 2, 3), On(2026, 2, 3), ids.Sam, ids.Priya)!;
            var e7 = Decide(c7, EnquiryRoute.Section42Enquiry, On(2025, 10, 2), On(2025, 10, 2), ids.Sam, ids.Priya)!;
            Decide(c8, EnquiryRoute.NoEnquiry, On(2025, 11, 7), null, ids.Sam, ids.Priya);
            var e9 = Decide(c9, EnquiryRoute.Section42Enquiry, On(2025, 6, 20), On(2025, 6, 20), ids.Jo, ids.Mark)!;
            // Received in December 2024, but the enquiry was only authorised (and started) in April 2025.
            Decide(c10, EnquiryRoute.Section42Enquiry, On(2025, 4, 2), On(2025, 4, 2), ids.Sam, ids.Priya);
            await db.SaveChangesAsync();

            void Conclude(Enquiry enquiry, DateTime at, string worker, string manager)
            {
                enquiry.RequestClosure("Closing summary.", worker, at.AddHours(-2));
                enquiry.AuthoriseClosure(manager, at);
            }

            void Review(Enquiry enquiry, DateOnly on, int? endScore, params OutcomeAchievement[] answers)
            {
                enquiry.RecordOutcomesReview(new OutcomesReviewDetails
                {
                    ReviewedOn = on, TookPart = ReviewParticipation.Adult,
                    Answers = enquiry.CurrentDesiredOutcomes.Zip(answers, (o, a) => new OutcomeAnswerDetails(o.Id, a, "In their words")).ToList(),
                    Questions = Enum.GetValues<EndOfEnquiryQuestion>().ToDictionary(q => q, _ => QuestionAnswer.Yes),
                    FeelingSafeScore = endScore,
                    FeelingSafeNotAskedReason = endScore is null ? "Not asked" : null,
                }, ids.Sam, At(on.Year, on.Month, on.Day, 11), Today);
            }

            void Outcomes(Enquiry enquiry, DateOnly on, params string[] words)
            {
                foreach (var said in words)
                {
                    enquiry.AddDesiredOutcome(new DesiredOutcomeDetails { Words = said, Category = DesiredOutcomeCategory.SomethingElse, On = on },
                        expressedBy: null, ids.Sam, At(on.Year, on.Month, on.Day), Today);
                }
            }

            // C1: asked, outcome fully achieved, felt safer (3 to 8), risk reduced.
            e1.RecordFeelingSafeAtStart(true, 3, null);
            Outcomes(e1, On(2025, 5, 4), "For the carer to stop hurting me");
            await db.SaveChangesAsync();
            Review(e1, On(2025, 9, 1), 8, OutcomeAchievement.FullyAchieved);
            e1.RecordRiskOutcome(RiskAssessmentOutcome.RiskIdentifiedActionTaken, ResultOfAction.RiskReduced);
            Conclude(e1, At(2025, 9, 10), ids.Sam, ids.Priya);

            // C2: lacked capacity and was supported; concludes in the next year.
            e2.ConfirmSacCapacity(SacLackedCapacity.Yes, SacCapacitySupport.Yes, "Assessed by the GP; his advocate supported him", ids.Sam, At(2025, 7, 1));
            e2.RecordOutcomesAsked(DesiredOutcomesAsked.YesButNoneExpressed, representative: null);
            Review(e2, On(2026, 4, 10), 6);
            e2.RecordRiskOutcome(RiskAssessmentOutcome.InconclusiveNoAction, null);
            Conclude(e2, At(2026, 4, 15), ids.Sam, ids.Priya);

            // C3: Edna died; nobody could be asked; closure authorised at 00:30 BST on 1 April 2026.
            e3.RecordOutcomesAsked(DesiredOutcomesAsked.No, representative: null, OutcomesNotAskedReason.Died);
            e3.RecordOutcomesReview(new OutcomesReviewDetails { ReviewedOn = On(2026, 3, 20), TookPart = ReviewParticipation.Nobody, CouldNotAskReason = CouldNotAskReason.Died },
                ids.Sam, At(2026, 3, 20), Today);
            e3.RecordRiskOutcome(RiskAssessmentOutcome.CeasedAtIndividualsRequest, null);
            Conclude(e3, At(2026, 3, 31, 23, 30), ids.Sam, ids.Priya);

            // C4: an other enquiry: in SG1 only.
            Outcomes(e4, On(2025, 4, 20), "To be left alone");
            await db.SaveChangesAsync();
            Review(e4, On(2025, 7, 25), 7, OutcomeAchievement.NotAchieved);
            e4.RecordRiskOutcome(RiskAssessmentOutcome.NoRiskNoAction, null);
            Conclude(e4, At(2025, 8, 1), ids.Sam, ids.Priya);

            // C6: closed, reopened, closed again; capacity "Don't know" (a data-quality item); felt the same (5 to 5).
            e6.RecordFeelingSafeAtStart(true, 5, null);
            e6.RecordOutcomesAsked(DesiredOutcomesAsked.YesButNoneExpressed, representative: null);
            e6.ConfirmSacCapacity(SacLackedCapacity.DontKnow, null, "He would not see the assessor", ids.Sam, At(2026, 2, 10));
            Review(e6, On(2026, 2, 15), 5);
            e6.RecordRiskOutcome(RiskAssessmentOutcome.RiskIdentifiedActionTaken, ResultOfAction.RiskReduced);
            Conclude(e6, At(2026, 2, 20), ids.Sam, ids.Priya);
            e6.Reopen(ids.Priya, "The police charged his partner", At(2026, 2, 25));
            e6.RecordRiskOutcome(RiskAssessmentOutcome.RiskIdentifiedActionTaken, ResultOfAction.RiskRemoved);
            Conclude(e6, At(2026, 3, 10), ids.Sam, ids.Priya);

            // C7: abuse in another council's area: concluded, but left out of the return.
            e7.RecordOutcomesAsked(DesiredOutcomesAsked.YesButNoneExpressed, representative: null);
            Review(e7, On(2025, 11, 20), 6);
            e7.RecordRiskOutcome(RiskAssessmentOutcome.NoRiskNoAction, null);
            Conclude(e7, At(2025, 12, 1), ids.Sam, ids.Priya);

            // C9 (South): two outcomes, one fully and one not achieved (so partially overall); felt less safe (6 to 4); risk remained.
            e9.RecordFeelingSafeAtStart(true, 6, null);
            Outcomes(e9, On(2025, 6, 21), "For staff to answer my bell", "To move to another home");
            await db.SaveChangesAsync();
            Review(e9, On(2025, 7, 25), 4, OutcomeAchievement.FullyAchieved, OutcomeAchievement.NotAchieved);
            e9.RecordRiskOutcome(RiskAssessmentOutcome.RiskIdentifiedActionTaken, ResultOfAction.RiskRemained);
            Conclude(e9, At(2025, 7, 30), ids.Jo, ids.Mark);
            await db.SaveChangesAsync();

            (set.C1, set.C2, set.C3, set.C4, set.C6, set.C7, set.C9) = (e1.Id, e2.Id, e3.Id, e4.Id, e6.Id, e7.Id, e9.Id);
        });
        return set;
    }

    private static Task<string> UserAsync(MspDbContext db, DemoAccounts.Account account) =>
        db.Users.Where(u => u.Email == account.Email).Select(u => u.Id).SingleAsync();
}
