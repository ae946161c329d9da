using MspCaseManager.Data;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.People;

namespace MspCaseManager.Web.Demo;

/// <summary>
/// Concluded enquiries for the demo reports: a few a month through the previous financial year
/// and this one so far, in both teams, every one built and closed through the domain's own verbs
/// (decision, authorisation, outcomes, review, risk outcome, closure), with answers that vary
/// deterministically so every chart and SAC table has figures. Also a few concerns with no
/// enquiry, one about abuse in another council's area and an adult who has died.
/// </summary>
internal static class DemoConcludedCases
{
    private static readonly string[] FirstNames =
        ["Doris", "Harold", "Irene", "Leonard", "Mavis", "Norman", "Olive", "Percy", "Rita", "Stanley", "Thelma", "Vernon", "Winifred", "Cyril", "Gladys", "Alan"];

    private static readonly string[] LastNames =
        ["Ashby", "Bramley", "Cotton", "Dunmore", "Ellery", "Farrow", "Gosling", "Hollins", "Ingram", "Jessop", "Kettle", "Lambert", "Marsh", "Newbold", "Oakes", "Pickering"];

    public static async Task SeedAsync(MspDbContext db, DateOnly today, int north, int south, Func<DemoAccounts.Account, string> id)
    {
        var firstDay = FinancialYear.Containing(today).FirstDay.AddYears(-1);
        var days = today.DayNumber - firstDay.DayNumber - 10;
        const int count = 32;
        var adults = new List<Adult>();
        for (var i = 0; i < count; i++)
        {
            var team = i % 3 == 2 ? south : north;
            adults.Add(new Adult(new AdultDetails
            {
                FirstName = FirstNames[i % FirstNames.Length], LastName = LastNames[(i * 7) % LastNames.Length],
                DateOfBirth = new DateOnly(1932 + (i * 5 % 60), 1 + i % 12, 1 + i % 27),
                Gender = i % 2 == 0 ? Gender.Female : Gender.Male,
                Ethnicity = Enum.GetValues<Ethnicity>()[i % 5],
                PrimarySupportReason = Enum.GetValues<PrimarySupportReason>()[i % 6],
                HealthConditions = i % 9 == 4 ? [HealthCondition.AutismExcludingAsperger] : i % 11 == 5 ? [HealthCondition.AspergerOrHighFunctioningAutism] : [],
                Postcode = team == north ? "NR2 4AB" : "IP3 9CD",
            }, today, team));
        }

        db.Adults.AddRange(adults);
        await db.SaveChangesAsync();

        var concerns = new List<(Concern Concern, DateOnly Concluded, int Index)>();
        for (var i = 0; i < count; i++)
        {
            var concluded = firstDay.AddDays(days * (i + 1) / (count + 1));
            var received = concluded.AddDays(-45 - (i % 4) * 10);
            var types = Enum.GetValues<RiskType>();
            var locations = Enum.GetValues<RiskLocation>();
            var sources = Enum.GetValues<RiskSource>();
            List<AllegationDetails> allegations = [new(types[i % types.Length], locations[i % 4], sources[i % 3])];
            if (i % 3 == 0)
            {
                allegations.Add(new(types[(i + 3) % types.Length], locations[i % 4], sources[(i + 1) % 3]));
            }

            var team = adults[i].CreatedByTeamId!.Value;
            var concern = new Concern(adults[i].Id, team, new ConcernDetails
            {
                ReceivedOn = received, HowReceived = HowReceived.Phone, ReferralSource = Enum.GetValues<ReferralSource>()[i % 12],
                ReferrerIsAnonymous = i % 16 == 3, ReferrerName = i % 16 == 3 ? null : "Sue Referrer", WhatHappened = "What the referrer saw and was told.", Allegations = allegations,
                AbuseOccurredIn = i == 7 ? AbuseArea.AnotherCouncil : AbuseArea.ThisCouncil, OtherCouncilName = i == 7 ? "Suffolk County Council" : null,
                ReferrerSpokeToAdult = YesNoNotKnown.Yes, AdultViewOfConcern = AdultViewOfConcern.WantsRaised, OthersAtRisk = OthersAtRisk.No,
            }, Worker(team), At(received), today);
            db.Concerns.Add(concern);
            concerns.Add((concern, concluded, i));
        }

        await db.SaveChangesAsync();

        var enquiries = new List<(Enquiry Enquiry, DateOnly Concluded, int Index)>();
        foreach (var (concern, concluded, i) in concerns)
        {
            var decided = concern.ReceivedOn.AddDays(1 + i % 5);
            var route = i % 8 == 3 ? EnquiryRoute.NoEnquiry : i % 5 == 4 ? EnquiryRoute.OtherSafeguardingEnquiry : EnquiryRoute.Section42Enquiry;
            concern.RecordDecision(new S42DecisionDetails
            {
                NeedsCareAndSupport = true, NeedsCareAndSupportReason = "Has care and support needs.",
                ExperiencingOrAtRiskOfAbuse = route != EnquiryRoute.NoEnquiry, ExperiencingOrAtRiskOfAbuseReason = "From what was reported.",
                UnableToProtectThemselves = route == EnquiryRoute.Section42Enquiry, UnableToProtectThemselvesReason = "Relies on others for daily care.",
                Route = route, DecidedOn = decided,
                NoEnquiryOutcome = route == EnquiryRoute.NoEnquiry ? NoEnquiryOutcome.InformationAndAdvice : null,
                ReferrerFeedbackGivenOn = route == EnquiryRoute.NoEnquiry && !concern.ReferrerIsAnonymous ? decided : null,
                ReferrerFeedbackMethod = route == EnquiryRoute.NoEnquiry && !concern.ReferrerIsAnonymous ? FeedbackMethod.Email : null,
            }, Worker(concern.TeamId), At(decided), today);
            var enquiry = concern.AuthoriseDecision(
                new DecisionAuthorisation { StartedOn = decided, AllocateTo = Worker(concern.TeamId) }, Manager(concern.TeamId), At(decided, 15), today);
            if (enquiry is not null)
            {
                db.Enquiries.Add(enquiry);
                enquiries.Add((enquiry, concluded, i));
            }
        }

        await db.SaveChangesAsync();

        foreach (var (enquiry, _, i) in enquiries)
        {
            enquiry.RecordFeelingSafeAtStart(true, 2 + i % 5, null);
            if (i % 6 < 4)
            {
                for (var n = 0; n <= i % 2; n++)
                {
                    enquiry.AddDesiredOutcome(new DesiredOutcomeDetails
                    {
                        Words = n == 0 ? "I want it to stop" : "I want to stay in my own home",
                        Category = n == 0 ? DesiredOutcomeCategory.AbuseToStopAndFeelSafer : DesiredOutcomeCategory.SomethingElse,
                        On = enquiry.StartedOn,
                    }, expressedBy: null, Worker(enquiry.TeamId), At(enquiry.StartedOn, 16), today);
                }
            }
            else if (i % 6 == 4)
            {
                enquiry.RecordOutcomesAsked(DesiredOutcomesAsked.YesButNoneExpressed, representative: null);
            }
            else
            {
                enquiry.RecordOutcomesAsked(DesiredOutcomesAsked.No, representative: null, OutcomesNotAskedReason.Declined);
            }
        }

        await db.SaveChangesAsync();

        foreach (var (enquiry, concluded, i) in enquiries)
        {
            var worker = Worker(enquiry.TeamId);
            var reviewedOn = concluded.AddDays(-3);
            if (i % 6 == 5)
            {
                enquiry.RecordOutcomesReview(new OutcomesReviewDetails
                {
                    ReviewedOn = reviewedOn, TookPart = ReviewParticipation.Nobody, CouldNotAskReason = CouldNotAskReason.Declined,
                }, worker, At(reviewedOn), today);
            }
            else
            {
                var achieved = new[] { OutcomeAchievement.FullyAchieved, OutcomeAchievement.PartiallyAchieved, OutcomeAchievement.NotAchieved };
                enquiry.RecordOutcomesReview(new OutcomesReviewDetails
                {
                    ReviewedOn = reviewedOn, TookPart = ReviewParticipation.Adult,
                    Answers = enquiry.CurrentDesiredOutcomes.Select((o, n) => new OutcomeAnswerDetails(o.Id, achieved[(i + n) % 3], "In their own words")).ToList(),
                    Questions = Enum.GetValues<EndOfEnquiryQuestion>().ToDictionary(q => q, q => (int)q % 4 == i % 4 ? QuestionAnswer.Partly : QuestionAnswer.Yes),
                    FeelingSafeScore = Math.Clamp(2 + i % 5 + (i % 3 - 1) * 3, 0, 10),
                }, worker, At(reviewedOn), today);
            }

            if (i % 4 == 1)
            {
                enquiry.ConfirmSacCapacity(SacLackedCapacity.Yes, i % 8 == 1 ? SacCapacitySupport.Yes : SacCapacitySupport.No,
                    "A capacity assessment by the GP found she lacked capacity to decide about her care", worker, At(reviewedOn));
            }

            var (risk, result) = (i % 5) switch
            {
                0 => (RiskAssessmentOutcome.RiskIdentifiedActionTaken, (ResultOfAction?)ResultOfAction.RiskReduced),
                1 => (RiskAssessmentOutcome.RiskIdentifiedActionTaken, ResultOfAction.RiskRemoved),
                2 => (RiskAssessmentOutcome.RiskIdentifiedActionTaken, ResultOfAction.RiskRemained),
                3 => (RiskAssessmentOutcome.InconclusiveActionTaken, null),
                _ => (RiskAssessmentOutcome.NoRiskNoAction, null),
            };
            enquiry.RecordRiskOutcome(risk, result);
            enquiry.RequestClosure("Outcomes reviewed with the person; the plan is complete.", worker, At(concluded, 9));
            enquiry.AuthoriseClosure(Manager(enquiry.TeamId), At(concluded, 14));
        }

        adults[10].RecordDateOfDeath(concerns[10].Concluded.AddDays(-1), today);
        await db.SaveChangesAsync();

        string Worker(int team) => id(team == north ? DemoAccounts.SocialWorker : DemoAccounts.SouthSocialWorker);
        string Manager(int team) => id(team == north ? DemoAccounts.TeamManager : DemoAccounts.SouthTeamManager);
    }

    private static DateTime At(DateOnly day, int hour = 10) => day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc);
}
