using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MspCaseManager.Data;
using MspCaseManager.Domain.Advocacy;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Consent;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.People;
using MspCaseManager.Domain.Plans;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Shared;

namespace MspCaseManager.Web.Tests.Data;

/// <summary>
/// Every needs-attention rule (and an enquiry's stage, and whether a concern awaits a decision) is
/// one definition, run in SQL by the caseload lists and in memory by the enquiry overview. These
/// tests prove the two agree: over many generated enquiries, and rule by rule on data that trips it
/// and data that only just does not.
/// </summary>
public sealed class NeedsAttentionAgreementTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private sealed record Verdicts(IReadOnlyDictionary<int, IReadOnlySet<AttentionReason>> Sql, IReadOnlyDictionary<int, IReadOnlySet<AttentionReason>> Memory);

    private AttentionRules Rules => factory.Services.GetRequiredService<AttentionRules>();

    /// <summary>Each enquiry's tripped rules, worked out rule by rule in SQL, from the flags projection in SQL, and in memory.</summary>
    private async Task<(Verdicts ByRule, IReadOnlyDictionary<int, IReadOnlySet<AttentionReason>> ByFlags)> JudgeAsync(IReadOnlyList<int> ids) =>
        await factory.WithDbAsync(async db =>
        {
            var inSql = Rules.ForQueries(db);
            var sql = ids.ToDictionary(id => id, _ => (ISet<AttentionReason>)new HashSet<AttentionReason>());
            foreach (var rule in inSql.Rules)
            {
                var tripped = await db.Enquiries.Where(e => ids.Contains(e.Id)).Where(Enquiry.IsOpen.Expression).Where(rule.Applies.Expression)
                    .Select(e => e.Id).ToListAsync();
                tripped.ForEach(id => sql[id].Add(rule.Reason));
            }

            var flags = await db.Enquiries.Where(e => ids.Contains(e.Id)).Where(Enquiry.IsOpen.Expression)
                .Select(e => new { e.Id, Flags = inSql.Flags.ValueOf(e) }).InlineRules().ToListAsync();
            var byFlags = ids.ToDictionary(id => id, id => (IReadOnlySet<AttentionReason>)(flags.Find(f => f.Id == id) is { } row
                ? inSql.FromFlags(row.Flags).Select(r => r.Reason).ToHashSet()
                : []));

            var enquiries = await db.Enquiries.AsNoTracking().WithEverything().Where(e => ids.Contains(e.Id)).ToListAsync();
            var notes = await db.CaseNotes.AsNoTracking().Where(n => ids.Contains(n.EnquiryId)).ToListAsync();
            var adultIds = enquiries.Select(e => e.AdultId).ToList();
            var adults = await db.Adults.AsNoTracking().Where(a => adultIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id);
            var memory = enquiries.ToDictionary(e => e.Id, e => (IReadOnlySet<AttentionReason>)Rules
                .InMemory(notes.Where(n => n.EnquiryId == e.Id), adults[e.AdultId]).TrippedBy(e).Select(r => r.Reason).ToHashSet());
            return (new Verdicts(sql.ToDictionary(p => p.Key, p => (IReadOnlySet<AttentionReason>)p.Value.ToHashSet()), memory), byFlags);
        });

    [Fact]
    public async Task EveryRule_ManyGeneratedEnquiries_SqlAndMemoryAgree()
    {
        var ids = await EnquiryHistories.CreateRandomAsync(factory, 150, seed: 20261130);

        var (byRule, byFlags) = await JudgeAsync(ids);

        foreach (var id in ids)
        {
            Assert.True(byRule.Memory[id].SetEquals(byRule.Sql[id]),
                $"Enquiry {id}: in memory [{string.Join(", ", byRule.Memory[id])}], in SQL [{string.Join(", ", byRule.Sql[id])}]");
            Assert.True(byFlags[id].SetEquals(byRule.Sql[id]), $"Enquiry {id}: the flags projection disagrees with the rules one by one");
        }

        // The generated enquiries trip and miss every rule that random histories can reach, so agreement is not trivially "none".
        foreach (var reason in Enum.GetValues<AttentionReason>().Except([AttentionReason.ClosureRequestedWithoutOutcomesReview]))
        {
            var tripped = ids.Count(id => byRule.Sql[id].Contains(reason));
            Assert.InRange(tripped, 3, ids.Count - 3);
        }
    }

    [Fact]
    public async Task AnyRule_ManyGeneratedEnquiries_IsTheOpenOnesTrippingAtLeastOne()
    {
        var ids = await EnquiryHistories.CreateRandomAsync(factory, 60, seed: 7);

        var (byRule, _) = await JudgeAsync(ids);
        var needingAttention = await factory.WithDbAsync(db =>
            db.Enquiries.Where(e => ids.Contains(e.Id)).Where(Rules.ForQueries(db).Any.Expression).Select(e => e.Id).ToListAsync());

        Assert.Equal(ids.Where(id => byRule.Memory[id].Count > 0).Order(), needingAttention.Order());
    }

    [Fact]
    public async Task Stage_ManyGeneratedEnquiries_SqlAndMemoryAgree()
    {
        var ids = await EnquiryHistories.CreateRandomAsync(factory, 60, seed: 11);

        var (inSql, inMemory) = await factory.WithDbAsync(async db =>
        {
            var sql = await db.Enquiries.Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, Stage = Enquiry.Stage.ValueOf(e) }).InlineRules().ToListAsync();
            var byStage = new Dictionary<EnquiryStage, List<int>>();
            foreach (var stage in Enum.GetValues<EnquiryStage>())
            {
                byStage[stage] = await db.Enquiries.Where(e => ids.Contains(e.Id)).Where(Enquiry.Stage.Is(stage).Expression).Select(e => e.Id).ToListAsync();
            }

            var loaded = await db.Enquiries.AsNoTracking().WithEverything().Where(e => ids.Contains(e.Id)).ToListAsync();
            Assert.All(sql, row => Assert.Contains(row.Id, byStage[row.Stage]));
            return (sql.ToDictionary(r => r.Id, r => r.Stage), loaded.ToDictionary(e => e.Id, Enquiry.Stage.ValueOf));
        });

        Assert.Equal(inMemory.OrderBy(p => p.Key), inSql.OrderBy(p => p.Key));
        Assert.True(inSql.Values.Distinct().Count() >= 4, "The generated enquiries reach most stages");
    }

    [Fact]
    public async Task ConcernAwaitingDecision_EveryPath_SqlAndMemoryAgree()
    {
        var received = await TestData.CreateConcernAsync(factory);
        var awaiting = await TestData.CreateConcernAsync(factory, decision: TestData.Section42Decision());
        var returned = await TestData.CreateConcernAsync(factory, decision: TestData.Section42Decision());
        var decided = await TestData.CreateEnquiryAsync(factory);
        var managerId = await TestData.UserIdAsync(factory, DemoAccounts.TeamManager);
        await factory.WithDbAsync(async db =>
        {
            var concern = await db.Concerns.Include(c => c.Decisions).SingleAsync(c => c.Id == returned.Id);
            concern.ReturnDecision(managerId, DateTime.UtcNow, "Say more");
            await db.SaveChangesAsync();
        });
        int[] ids = [received.Id, awaiting.Id, returned.Id, decided.ConcernId];

        var (sqlAwaits, sqlDecided, loaded) = await factory.WithDbAsync(async db => (
            await db.Concerns.Where(c => ids.Contains(c.Id)).Where(Concern.AwaitsDecision.Expression).Select(c => c.Id).ToListAsync(),
            await db.Concerns.Where(c => ids.Contains(c.Id)).Where(Concern.IsDecided.Expression).Select(c => c.Id).ToListAsync(),
            await db.Concerns.AsNoTracking().Include(c => c.Decisions).Where(c => ids.Contains(c.Id)).ToListAsync()));

        Assert.Equal([received.Id, returned.Id], sqlAwaits.Order());
        Assert.Equal(loaded.Where(Concern.AwaitsDecision.IsSatisfiedBy).Select(c => c.Id).Order(), sqlAwaits.Order());
        Assert.Equal(
            loaded.Where(c => c.Status is ConcernStatus.Received or ConcernStatus.DecisionReturned).Select(c => c.Id).Order(), sqlAwaits.Order());
        Assert.Equal([decided.ConcernId], sqlDecided);
        Assert.Equal(loaded.Where(c => c.HasAuthorisedDecision).Select(c => c.Id), sqlDecided);
    }

    /// <summary>For each rule: how to make an enquiry trip it, and how to make one that only just does not.</summary>
    public static TheoryData<AttentionReason> Reasons() => new(Enum.GetValues<AttentionReason>());

    private sealed record Arrangement(int OpenedDaysAgo, Action<Enquiry, Adult, string> Change, int[] NotesDaysAgo, bool ForceClosureRequested = false);

    private static (Arrangement Trips, Arrangement Misses) ArrangementsFor(AttentionReason reason)
    {
        // Everything a good enquiry has, so only the rule under test can trip.
        static void Good(Enquiry e, Adult adult, string userId)
        {
            e.RecordOutcomesAsked(Domain.Outcomes.DesiredOutcomesAsked.YesButNoneExpressed, Domain.Outcomes.SpokenBy.TheAdult);
            e.RecordConsent(EnquiryHistories.Consent(ConsentAnswer.Yes), userId, DateTime.UtcNow, TestData.Today);
        }

        Action<Enquiry, Adult, string> GoodAnd(Action<Enquiry, Adult, string> more) => (e, adult, userId) =>
        {
            Good(e, adult, userId);
            more(e, adult, userId);
        };

        var now = DateTime.UtcNow;
        var today = TestData.Today;
        return reason switch
        {
            AttentionReason.AdultHasDied => (
                new(3, GoodAnd((e, _, userId) => EnquiryHistories.NobodyCouldBeAsked(e, userId, Domain.Outcomes.CouldNotAskReason.Died)), [1]),
                new(3, GoodAnd((e, _, userId) => EnquiryHistories.NobodyCouldBeAsked(e, userId, Domain.Outcomes.CouldNotAskReason.Declined)), [1])),
            // Monday to Friday plus bank holidays: 14 calendar days is always at least 5 working days, 0 never.
            AttentionReason.DesiredOutcomesNotAsked => (
                new(14, (e, _, userId) => e.RecordConsent(EnquiryHistories.Consent(ConsentAnswer.Yes), userId, now, today), [1]),
                new(0, (e, _, userId) => e.RecordConsent(EnquiryHistories.Consent(ConsentAnswer.Yes), userId, now, today), [0])),
            AttentionReason.ConsentNotRecorded => (
                new(3, (e, _, _) => e.RecordOutcomesAsked(Domain.Outcomes.DesiredOutcomesAsked.No, Domain.Outcomes.SpokenBy.TheAdult, Domain.Outcomes.OutcomesNotAskedReason.Declined), [1]),
                new(3, Good, [1])),
            AttentionReason.CapacityNotAssessed => (
                new(3, (e, _, userId) =>
                {
                    e.RecordOutcomesAsked(Domain.Outcomes.DesiredOutcomesAsked.No, Domain.Outcomes.SpokenBy.TheAdult, Domain.Outcomes.OutcomesNotAskedReason.Declined);
                    e.RecordConsent(EnquiryHistories.Consent(ConsentAnswer.UnableToDecide), userId, now, today);
                }, [1]),
                new(3, (e, _, userId) =>
                {
                    e.RecordOutcomesAsked(Domain.Outcomes.DesiredOutcomesAsked.No, Domain.Outcomes.SpokenBy.TheAdult, Domain.Outcomes.OutcomesNotAskedReason.Declined);
                    e.RecordConsent(EnquiryHistories.Consent(ConsentAnswer.UnableToDecide), userId, now, today);
                    e.RecordCapacityAssessment(EnquiryHistories.CapacityAssessment(lacksCapacity: false), userId, now, today);
                }, [1])),
            AttentionReason.NoBestInterestsDecision => (
                new(3, GoodAnd((e, _, userId) => e.RecordCapacityAssessment(EnquiryHistories.CapacityAssessment(lacksCapacity: true), userId, now, today)), [1]),
                new(3, GoodAnd((e, _, userId) => e.RecordCapacityAssessment(EnquiryHistories.CapacityAssessment(lacksCapacity: false), userId, now, today)), [1])),
            // Substantial difficulty also puts capacity in doubt: an assessment answers that.
            AttentionReason.AdvocacyReferralOutstanding => (
                new(3, GoodAnd((e, adult, userId) =>
                {
                    e.RecordAdvocacyAssessment(EnquiryHistories.S68Test(difficulty: true), adult, userId, now, today);
                    e.RecordCapacityAssessment(EnquiryHistories.CapacityAssessment(lacksCapacity: false), userId, now, today);
                }), [1]),
                new(3, GoodAnd((e, adult, userId) =>
                {
                    e.RecordAdvocacyAssessment(EnquiryHistories.S68Test(difficulty: true), adult, userId, now, today);
                    e.RecordCapacityAssessment(EnquiryHistories.CapacityAssessment(lacksCapacity: false), userId, now, today);
                    e.RecordAdvocacyReferral(EnquiryHistories.Referral(AdvocacyType.CareActAdvocate), userId, now, today);
                }), [1])),
            AttentionReason.PlanActionsOverdue => (
                new(3, GoodAnd((e, _, _) => e.AddPlanAction(EnquiryHistories.PlanAction(-1, PlanActionStatus.InProgress), today)), [1]),
                new(3, GoodAnd((e, _, _) =>
                {
                    e.AddPlanAction(EnquiryHistories.PlanAction(-1, PlanActionStatus.Completed), today);
                    e.AddPlanAction(EnquiryHistories.PlanAction(0, PlanActionStatus.NotStarted), today);
                }), [1])),
            AttentionReason.NoRecentCaseNote => (
                new(40, Good, [30, 20]),
                new(40, Good, [30, 19])),
            AttentionReason.ClosureRequestedWithoutOutcomesReview => (
                // The enquiry refuses closure without a review, so only records from before that rule
                // (or imported) can be like this: the status is set directly.
                new(3, Good, [1], ForceClosureRequested: true),
                new(3, GoodAnd((e, _, userId) =>
                {
                    EnquiryHistories.Review(e, userId);
                    e.RequestClosure("Done", userId, now);
                }), [1])),
            _ => throw new ArgumentOutOfRangeException(nameof(reason)),
        };
    }

    private async Task<int> ArrangeAsync(Arrangement arrangement)
    {
        var id = (await TestData.CreateEnquiriesAsync(factory, 1)).Single();
        var userId = await TestData.UserIdAsync(factory, DemoAccounts.SocialWorker);
        await factory.WithDbAsync(async db =>
        {
            await EnquiryHistories.OpenedDaysAgoAsync(db, id, arrangement.OpenedDaysAgo);
            var enquiry = await db.Enquiries.WithEverything().SingleAsync(e => e.Id == id);
            var adult = await db.Adults.Include(a => a.ImportantPeople).SingleAsync(a => a.Id == enquiry.AdultId);
            arrangement.Change(enquiry, adult, userId);
            db.CaseNotes.AddRange(arrangement.NotesDaysAgo.Select(days => enquiry.WriteCaseNote(EnquiryHistories.Note(days), userId, DateTime.UtcNow, TestData.Today)));
            await db.SaveChangesAsync();
            if (arrangement.ForceClosureRequested)
            {
                await db.Enquiries.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EnquiryStatus.ClosureRequested));
            }
        });
        return id;
    }

    [Theory]
    [MemberData(nameof(Reasons))]
    public async Task EachRule_DataThatTripsIt_IsFlaggedForThatReasonOnlyInSqlAndInMemory(AttentionReason reason)
    {
        var (trips, _) = ArrangementsFor(reason);
        var id = await ArrangeAsync(trips);

        var (byRule, byFlags) = await JudgeAsync([id]);

        Assert.Equal([reason], byRule.Sql[id]);
        Assert.Equal([reason], byRule.Memory[id]);
        Assert.Equal([reason], byFlags[id]);
    }

    [Theory]
    [MemberData(nameof(Reasons))]
    public async Task EachRule_DataThatOnlyJustMissesIt_IsNotFlaggedInSqlOrInMemory(AttentionReason reason)
    {
        var (_, misses) = ArrangementsFor(reason);
        var id = await ArrangeAsync(misses);

        var (byRule, byFlags) = await JudgeAsync([id]);

        Assert.Empty(byRule.Sql[id]);
        Assert.Empty(byRule.Memory[id]);
        Assert.Empty(byFlags[id]);
    }

    [Fact]
    public async Task AdultDied_OnTheirRecord_IsFlaggedAndNothingThatNeededThemIsAskedForInSqlOrInMemory()
    {
        var id = await ArrangeAsync(new(3, (e, adult, userId) =>
        {
            e.RecordOutcomesAsked(Domain.Outcomes.DesiredOutcomesAsked.No, Domain.Outcomes.SpokenBy.TheAdult, Domain.Outcomes.OutcomesNotAskedReason.Declined);
            e.RecordAdvocacyAssessment(EnquiryHistories.S68Test(difficulty: true), adult, userId, DateTime.UtcNow, TestData.Today);
        }, [1]));
        var (before, _) = await JudgeAsync([id]);
        Assert.Contains(AttentionReason.ConsentNotRecorded, before.Sql[id]);
        Assert.Contains(AttentionReason.AdvocacyReferralOutstanding, before.Sql[id]);

        await TestData.AdultDiesAsync(factory, id, TestData.Today.AddDays(-1));
        var (byRule, byFlags) = await JudgeAsync([id]);

        Assert.Equal([AttentionReason.AdultHasDied], byRule.Sql[id]);
        Assert.Equal([AttentionReason.AdultHasDied], byRule.Memory[id]);
        Assert.Equal([AttentionReason.AdultHasDied], byFlags[id]);
    }

    [Fact]
    public async Task EveryRule_ClosedEnquiry_NeedsNoAttention()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        await TestData.MakeReadyToCloseAsync(factory, enquiry.Id);
        await TestData.ChangeEnquiryAsync(factory, enquiry.Id, (e, userId) => e.RequestClosure("Done", userId, DateTime.UtcNow));
        await TestData.ChangeEnquiryAsync(factory, enquiry.Id, (e, userId) => e.AuthoriseClosure(userId, DateTime.UtcNow), DemoAccounts.TeamManager);
        await factory.WithDbAsync(db => EnquiryHistories.OpenedDaysAgoAsync(db, enquiry.Id, 60));

        var (byRule, byFlags) = await JudgeAsync([enquiry.Id]);

        Assert.Empty(byRule.Sql[enquiry.Id]);
        Assert.Empty(byRule.Memory[enquiry.Id]);
        Assert.Empty(byFlags[enquiry.Id]);
    }
}
