using System.Linq.Expressions;
using MspCaseManager.Domain.CaseNotes;
using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.People;

namespace MspCaseManager.Domain.Enquiries;

/// <summary>Why an open enquiry needs attention. The code is stored in nothing; the order is the order reasons are shown.</summary>
public enum AttentionReason
{
    AdultHasDied,
    DesiredOutcomesNotAsked,
    ConsentNotRecorded,
    CapacityNotAssessed,
    NoBestInterestsDecision,
    AdvocacyReferralOutstanding,
    PlanActionsOverdue,
    NoRecentCaseNote,
    ClosureRequestedWithoutOutcomesReview,
}

/// <summary>The thresholds of the needs-attention rules (configuration section <c>NeedsAttention</c>).</summary>
public sealed record NeedsAttentionSettings(int DesiredOutcomesWorkingDays, int CaseNoteDays, WorkingDays WorkingDays)
{
    public static NeedsAttentionSettings Default { get; } = new(5, 20, new WorkingDays([]));
}

/// <summary>
/// The needs-attention rules for one day: each open enquiry that trips one of them is flagged, with
/// the reason in plain words. Every rule is one <see cref="Specification{T}"/> on
/// <see cref="Enquiry"/>, so the overview (<see cref="TrippedBy"/>, in memory) and the caseload lists
/// (<see cref="Any"/> and <see cref="Flags"/>, in SQL) cannot disagree.
/// </summary>
public sealed class NeedsAttention
{
    /// <param name="settings">The thresholds.</param>
    /// <param name="today">The UK date the rules are for.</param>
    /// <param name="caseNotes">The case notes to look in: the database's for SQL, the enquiry's in memory.</param>
    /// <param name="adults">The adults to look in for a date of death: the database's for SQL, the enquiry's adult in memory.</param>
    public NeedsAttention(NeedsAttentionSettings settings, DateOnly today, IQueryable<CaseNote> caseNotes, IQueryable<Adult> adults)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var outcomesDays = settings.DesiredOutcomesWorkingDays;
        var noteDays = settings.CaseNoteDays;
        var died = Enquiry.AdultHasDied(adults);
        // What needs the adult (their consent, their capacity, a decision for them, an advocate for
        // them) is no longer asked for once they have died.
        Specification<Enquiry> WhileAlive(Specification<Enquiry> rule) => Specifications.All([rule, Specifications.Not(died)]);
        Today = today;
        Rules =
        [
            new(AttentionReason.AdultHasDied, "The adult has died and the enquiry is still open", "Record the outcomes review and ask a manager to close the enquiry", died),
            new(AttentionReason.DesiredOutcomesNotAsked,
                $"Not asked what they want to happen {Plural(outcomesDays, "working day")} after the enquiry started",
                "Ask what they want to happen",
                Enquiry.DesiredOutcomesUnansweredSince(settings.WorkingDays.LatestStartDueBy(today, outcomesDays)),
                OutstandingDuty.DesiredOutcomesNotAsked),
            new(AttentionReason.ConsentNotRecorded, "Consent not recorded", "Record consent", WhileAlive(Enquiry.ConsentNotRecorded)),
            new(AttentionReason.CapacityNotAssessed,
                "Capacity in doubt but not assessed", "Assess mental capacity", WhileAlive(Enquiry.CapacityInDoubtNotAssessed),
                OutstandingDuty.CapacityInDoubtNotAssessed),
            new(AttentionReason.NoBestInterestsDecision,
                "Lacks capacity for a decision and no best-interests decision recorded", "Record the best-interests decision",
                WhileAlive(Enquiry.LacksCapacityNoBestInterestsDecision)),
            new(AttentionReason.AdvocacyReferralOutstanding,
                "Duty to refer for an independent advocate and no referral", "Refer for an independent advocate",
                WhileAlive(Enquiry.AdvocacyDutyIsOutstanding), OutstandingDuty.AdvocacyReferral),
            new(AttentionReason.PlanActionsOverdue, "Plan actions overdue", "Follow up the overdue plan actions", Enquiry.PlanActionsOverdueOn(today)),
            new(AttentionReason.NoRecentCaseNote,
                $"No case note for {Plural(noteDays, "day")}", "Write a case note", Enquiry.NoCaseNoteSince(caseNotes, today.AddDays(-noteDays))),
            new(AttentionReason.ClosureRequestedWithoutOutcomesReview,
                "Closure requested without an outcomes review", "Record the outcomes review",
                Enquiry.ClosureRequestedWithoutOutcomesReview),
        ];

        Any = Specifications.All([Enquiry.IsOpen, Specifications.Any(Rules.Select(r => r.Applies))]);
        Flags = BuildFlags(Rules);
    }

    public DateOnly Today { get; }

    /// <summary>Every rule, in the order reasons are shown.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Open and tripping at least one rule: for filtering and counting in SQL.</summary>
    public Specification<Enquiry> Any { get; }

    /// <summary>
    /// One bit per rule tripped (bit <c>1 &lt;&lt; (int)reason</c>), for projecting the flags of a page of
    /// enquiries in the same query; read back with <see cref="FromFlags"/>. Open enquiries only: a
    /// closed enquiry needs no attention, and lists of open enquiries need not test that again.
    /// </summary>
    public Classification<Enquiry, int> Flags { get; }

    /// <summary>The rules an enquiry trips, evaluated in memory (none once it is closed).</summary>
    public IReadOnlyList<Rule> TrippedBy(Enquiry enquiry)
    {
        ArgumentNullException.ThrowIfNull(enquiry);
        return Enquiry.IsOpen.IsSatisfiedBy(enquiry) ? Rules.Where(r => r.Applies.IsSatisfiedBy(enquiry)).ToList() : [];
    }

    /// <summary>The rules whose bits are set in <paramref name="flags"/>, in order.</summary>
    public IReadOnlyList<Rule> FromFlags(int flags) => Rules.Where(r => (flags & Bit(r.Reason)) != 0).ToList();

    /// <summary>The next thing to do: put right the first reason it needs attention, or else the next step at its stage.</summary>
    public string NextStep(EnquiryStage stage, int flags) => FromFlags(flags) is [var first, ..] ? first.NextStep : stage.NextStep();

    private static int Bit(AttentionReason reason) => 1 << (int)reason;

    private static Classification<Enquiry, int> BuildFlags(IReadOnlyList<Rule> rules)
    {
        var e = Expression.Parameter(typeof(Enquiry), "e");
        var body = rules
            .Select(r => (Expression)Expression.Condition(
                Expression.Invoke(r.Applies.Expression, e), Expression.Constant(Bit(r.Reason)), Expression.Constant(0)))
            .Aggregate(Expression.Add);
        return new(Specifications.Inline(Expression.Lambda<Func<Enquiry, int>>(body, e)));
    }

    private static string Plural(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";

    /// <summary>
    /// One rule: why (the reason shown on lists and the overview), what to do next, the rule itself,
    /// and the statutory warning it repeats, if any (the overview shows the reason instead).
    /// </summary>
    public sealed record Rule(AttentionReason Reason, string Description, string NextStep, Specification<Enquiry> Applies, OutstandingDuty? Repeats = null);
}
