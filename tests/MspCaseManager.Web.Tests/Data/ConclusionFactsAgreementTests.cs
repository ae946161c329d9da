using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Data;

/// <summary>
/// The reports count the facts of conclusion from their columns. Over many generated enquiries,
/// each with its own history (outcomes expressed or not, reviews recorded again, overall answers
/// changed, capacity answers confirmed or changed, risk outcomes, closures at any hour including
/// late in the evening in summer time, reopenings, second closures), what is stored in those
/// columns must equal what the domain works out from the whole enquiry as it stood when it was
/// closed; and an enquiry reopened and not closed again must have none.
/// </summary>
public sealed class ConclusionFactsAgreementTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private const int Count = 90;

    private sealed record StoredFacts(
        int Id,
        DateOnly? ConcludedOn,
        DesiredOutcomesAsked? OutcomesAsked,
        OutcomeAchievement? OutcomesAchieved,
        SacLackedCapacity? LackedCapacity,
        SacCapacitySupport? CapacitySupport,
        RiskAssessmentOutcome? RiskOutcome,
        ResultOfAction? ResultOfAction,
        int? OutcomesReviewNumber,
        int? FeelingSafeAtStart,
        int? FeelingSafeAtEnd);

    [Fact]
    public async Task ManyGeneratedEnquiries_StoredFactsOfConclusionEqualWhatTheDomainWorksOut()
    {
        var ids = await TestData.CreateEnquiriesAsync(factory, Count);
        var managerId = await TestData.UserIdAsync(factory, DemoAccounts.TeamManager);
        var random = new Random(20261130);
        var reopened = new HashSet<int>();
        foreach (var id in ids)
        {
            // Outcomes are saved before they are reviewed, as on the pages: a review answers each by its id.
            await TestData.ChangeEnquiryAsync(factory, id, (enquiry, userId) => RecordOutcomes(enquiry, userId, random));
            await TestData.ChangeEnquiryAsync(factory, id, (enquiry, userId) =>
            {
                RecordReviewsCapacityAndRisk(enquiry, userId, random);
                Close(enquiry, userId, managerId, random);
            });

            if (random.Next(3) == 0)
            {
                reopened.Add(id);
                var closeAgain = random.Next(3) > 0;
                await TestData.ChangeEnquiryAsync(factory, id, (enquiry, userId) =>
                {
                    enquiry.Reopen(managerId, "More came to light", DateTime.UtcNow);
                    RecordOutcomes(enquiry, userId, random);
                });
                await TestData.ChangeEnquiryAsync(factory, id, (enquiry, userId) =>
                {
                    RecordReviewsCapacityAndRisk(enquiry, userId, random);
                    if (closeAgain)
                    {
                        Close(enquiry, userId, managerId, random);
                    }
                });
            }
        }

        var (stored, expected) = await factory.WithDbAsync(async db =>
        {
            // Read the columns the reports count, exactly as SQL sees them.
            var columns = await db.Enquiries.AsNoTracking().Where(e => ids.Contains(e.Id))
                .Select(e => new StoredFacts(e.Id, e.ConcludedOn, e.ConcludedOutcomesAsked, e.ConcludedOutcomesAchieved,
                    e.ConcludedLackedCapacity, e.ConcludedCapacitySupport, e.ConcludedRiskOutcome, e.ConcludedResultOfAction,
                    e.ConcludedOutcomesReviewNumber, e.ConcludedFeelingSafeAtStart, e.ConcludedFeelingSafeAtEnd))
                .ToListAsync();
            var loaded = await db.Enquiries.AsNoTracking().WithEverything().Where(e => ids.Contains(e.Id)).ToListAsync();
            return (columns, loaded.Select(Expected).ToList());
        });

        Assert.Equal(expected.OrderBy(f => f.Id), stored.OrderBy(f => f.Id));

        // The generated histories reach every answer, so agreement is not trivially "all the same".
        var concluded = stored.Where(f => f.ConcludedOn is not null).ToList();
        Assert.InRange(concluded.Count, Count / 2, Count - 3);
        Assert.Contains(stored, f => reopened.Contains(f.Id) && f.ConcludedOn is null);
        Assert.Contains(stored, f => reopened.Contains(f.Id) && f.ConcludedOn is not null);
        foreach (var asked in new[] { DesiredOutcomesAsked.YesAndExpressed, DesiredOutcomesAsked.YesButNoneExpressed, DesiredOutcomesAsked.No, DesiredOutcomesAsked.DontKnow })
        {
            Assert.Contains(concluded, f => f.OutcomesAsked == asked);
        }

        Assert.All(Enum.GetValues<OutcomeAchievement>(), a => Assert.Contains(concluded, f => f.OutcomesAchieved == a));
        Assert.Contains(concluded, f => f.OutcomesAsked == DesiredOutcomesAsked.YesAndExpressed && f.OutcomesAchieved is null);
        Assert.Contains(concluded, f => f.LackedCapacity == SacLackedCapacity.Yes && f.CapacitySupport == SacCapacitySupport.Yes);
        Assert.Contains(concluded, f => f.LackedCapacity == SacLackedCapacity.DontKnow);
        Assert.Contains(concluded, f => f.OutcomesReviewNumber > 1);
        Assert.Contains(concluded, f => f.FeelingSafeAtStart is not null && f.FeelingSafeAtEnd is not null && f.FeelingSafeAtStart != f.FeelingSafeAtEnd);
        Assert.Contains(concluded, f => f.FeelingSafeAtEnd is null);
    }

    /// <summary>
    /// What the domain works out: for a closed enquiry (which cannot change), its answers now, dated
    /// the UK day its closure was authorised; for any other, nothing.
    /// </summary>
    private static StoredFacts Expected(Enquiry enquiry)
    {
        if (!enquiry.IsClosed)
        {
            return new StoredFacts(enquiry.Id, null, null, null, null, null, null, null, null, null, null);
        }

        var facts = enquiry.CurrentConclusionFacts(UkTime.DateOf(enquiry.CurrentClosureRequest!.ReviewedAtUtc!.Value));
        return new StoredFacts(enquiry.Id, facts.ConcludedOn, facts.OutcomesAsked, facts.OutcomesAchieved, facts.LackedCapacity,
            facts.CapacitySupport, facts.RiskOutcome, facts.ResultOfAction, facts.OutcomesReview?.Number, facts.FeelingSafeAtStart, facts.FeelingSafeAtEnd);
    }

    private static T Pick<T>(Random random, params T[] values) => values[random.Next(values.Length)];

    /// <summary>How safe the person felt at the start, whether they were asked about their desired outcomes, and what they said.</summary>
    private static void RecordOutcomes(Enquiry enquiry, string userId, Random random)
    {
        var today = TestData.Today;
        var now = DateTime.UtcNow;
        if (random.Next(3) > 0)
        {
            enquiry.RecordFeelingSafeAtStart(wasAsked: true, score: random.Next(11), notAskedReason: null);
        }
        else
        {
            enquiry.RecordFeelingSafeAtStart(wasAsked: false, score: null, notAskedReason: "Too distressed to be asked");
        }

        if (enquiry.CurrentDesiredOutcomes.Count == 0)
        {
            switch (random.Next(5))
            {
                case 0:
                    enquiry.RecordOutcomesAsked(DesiredOutcomesAsked.YesButNoneExpressed, representative: null);
                    break;
                case 1:
                    enquiry.RecordOutcomesAsked(DesiredOutcomesAsked.No, representative: null,
                        Pick(random, OutcomesNotAskedReason.Declined, OutcomesNotAskedReason.Died, OutcomesNotAskedReason.CouldNotBeContacted));
                    break;
                case 2:
                    enquiry.RecordOutcomesAsked(DesiredOutcomesAsked.DontKnow, representative: null);
                    break;
                default:
                    for (var n = random.Next(1, 4); n > 0; n--)
                    {
                        enquiry.AddDesiredOutcome(
                            new DesiredOutcomeDetails { Words = $"Outcome {n}", Category = DesiredOutcomeCategory.SomethingElse, On = today },
                            expressedBy: null, userId, now, today);
                    }

                    break;
            }
        }
    }

    /// <summary>Everything else the SAC answers are worked out from: one or two reviews, the capacity answer, the risk outcome.</summary>
    private static void RecordReviewsCapacityAndRisk(Enquiry enquiry, string userId, Random random)
    {
        var today = TestData.Today;
        var now = DateTime.UtcNow;
        for (var reviews = random.Next(1, 3); reviews > 0; reviews--)
        {
            var nobody = random.Next(6) == 0;
            var answers = enquiry.CurrentDesiredOutcomes
                .Select(o => new OutcomeAnswerDetails(o.Id, Pick(random, Enum.GetValues<OutcomeAchievement>()), null))
                .ToList();
            var changeOverall = !nobody && answers.Count > 0 && random.Next(5) == 0;
            enquiry.RecordOutcomesReview(nobody
                ? new OutcomesReviewDetails { ReviewedOn = today, TookPart = ReviewParticipation.Nobody, CouldNotAskReason = CouldNotAskReason.Declined }
                : new OutcomesReviewDetails
                {
                    ReviewedOn = today,
                    TookPart = ReviewParticipation.Adult,
                    Answers = answers,
                    Overall = changeOverall ? Pick(random, Enum.GetValues<OutcomeAchievement>()) : null,
                    OverallChangeReason = changeOverall ? "Taken as a whole, this is what she said" : null,
                    Questions = Enum.GetValues<EndOfEnquiryQuestion>().ToDictionary(q => q, _ => Pick(random, Enum.GetValues<QuestionAnswer>())),
                    FeelingSafeScore = random.Next(11),
                }, userId, now, today);
        }

        switch (random.Next(4))
        {
            case 0:
                var support = Pick(random, SacCapacitySupport.Yes, SacCapacitySupport.No, SacCapacitySupport.DontKnow);
                enquiry.ConfirmSacCapacity(SacLackedCapacity.Yes, support, "A capacity assessment by the GP", userId, now);
                break;
            case 1:
                enquiry.ConfirmSacCapacity(SacLackedCapacity.DontKnow, null, "Nobody could tell", userId, now);
                break;
            case 2:
                var derived = enquiry.DerivedSacCapacity;
                enquiry.ConfirmSacCapacity(derived.LackedCapacity, derived.Support, null, userId, now);
                break;
        }

        var risk = Pick(random, Enum.GetValues<RiskAssessmentOutcome>());
        ResultOfAction? result = risk.ResultOfActionRule() switch
        {
            ResultOfActionRule.Required => Pick(random, Enum.GetValues<ResultOfAction>()),
            ResultOfActionRule.Optional when random.Next(2) == 0 => Pick(random, Enum.GetValues<ResultOfAction>()),
            _ => null,
        };
        enquiry.RecordRiskOutcome(risk, result);
    }

    /// <summary>
    /// Requested by the worker, authorised by the manager at a random minute of one of the last
    /// few days, or late on 31 March 2026 in summer time (already 1 April in the UK).
    /// </summary>
    private static void Close(Enquiry enquiry, string workerId, string managerId, Random random)
    {
        enquiry.RequestClosure("Outcomes reviewed with the person", workerId, DateTime.UtcNow);
        var at = random.Next(6) == 0
            ? new DateTime(2026, 3, 31, 23, random.Next(60), 0, DateTimeKind.Utc)
            : DateTime.UtcNow.Date.AddDays(-random.Next(5)).AddMinutes(random.Next(24 * 60));
        enquiry.AuthoriseClosure(managerId, at);
    }
}
