using MspCaseManager.Domain.Advocacy;
using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.Outcomes;

namespace MspCaseManager.Domain.Enquiries;

/// <summary>Desired outcomes and how safe the person feels at the start.</summary>
public sealed partial class Enquiry
{
    public const int NotAskedDetailsMaxLength = 4000;

    private readonly List<DesiredOutcome> _desiredOutcomes = [];

    /// <summary>The SAC answer: was the adult or their representative asked about their desired outcomes?</summary>
    public DesiredOutcomesAsked? OutcomesAsked { get; private set; }

    /// <summary>Who was asked, when it was not the adult.</summary>
    public Representative? OutcomesAskedRepresentative { get; private set; }

    /// <summary>Every outcome ever expressed, withdrawn ones and ones entered in error included. Order by <see cref="DesiredOutcome.Number"/>.</summary>
    public IReadOnlyList<DesiredOutcome> DesiredOutcomes => _desiredOutcomes;

    /// <summary>The outcomes the person still wants (neither withdrawn nor entered in error): the ones the review asks about.</summary>
    public IReadOnlyList<DesiredOutcome> CurrentDesiredOutcomes => _desiredOutcomes.ThatCount().Where(o => !o.IsWithdrawn).ToList();

    /// <summary>How safe the person felt when the enquiry started, or why they were not asked.</summary>
    public FeelingSafe? FeelingSafeAtStart { get; private set; }

    /// <summary>
    /// Whether the person's desired outcomes changed during the enquiry, from the history: an outcome
    /// reworded, recategorised or withdrawn, or a new one expressed after the first were.
    /// </summary>
    public bool DesiredOutcomesChanged =>
        _desiredOutcomes.ThatCount().Any(o => o.HasChanged || o.IsWithdrawn)
        || _desiredOutcomes.ThatCount().Select(o => o.ExpressedOn).Distinct().Count() > 1;

    /// <summary>Why the person was not asked about their desired outcomes, where the SAC answer is "No".</summary>
    public OutcomesNotAskedReason? OutcomesNotAskedReason { get; private set; }

    /// <summary>Details of an "other" reason (required then), or more about the reason given.</summary>
    public string? OutcomesNotAskedDetails { get; private set; }

    /// <summary>
    /// Records the SAC answer and who was asked (null for the adult). While outcomes are recorded
    /// the only answer that fits is "Yes, they were asked and outcomes were expressed". Where the
    /// answer is "No", why not: lacking capacity with no representative yet, declined, could not be
    /// contacted, died, or another reason (described).
    /// </summary>
    public void RecordOutcomesAsked(
        DesiredOutcomesAsked? answer, Representative? representative, OutcomesNotAskedReason? notAskedReason = null, string? notAskedDetails = null) =>
        RecordOutcomesAsked(answer, representative, notAskedReason, notAskedDetails, new RuleCheck());

    /// <summary>
    /// Records the SAC answer and who was asked, as the form names them (<paramref name="spokenBy"/>
    /// is only asked for when the person was asked); everything is checked together.
    /// </summary>
    public void RecordOutcomesAsked(
        DesiredOutcomesAsked? answer, SpokenBy spokenBy, OutcomesNotAskedReason? notAskedReason = null, string? notAskedDetails = null)
    {
        var check = new RuleCheck();
        var asked = answer is DesiredOutcomesAsked.YesAndExpressed or DesiredOutcomesAsked.YesButNoneExpressed;
        RecordOutcomesAsked(answer, asked ? Speaker(spokenBy, check) : null, notAskedReason, notAskedDetails, check);
    }

    private void RecordOutcomesAsked(
        DesiredOutcomesAsked? answer, Representative? representative, OutcomesNotAskedReason? notAskedReason, string? notAskedDetails, RuleCheck check)
    {
        RefuseWhenClosed();
        var given = check.Choice(answer, "Select whether the person was asked about their desired outcomes", nameof(OutcomesAsked));
        check.RefuseIf(given is not null and not DesiredOutcomesAsked.YesAndExpressed && CurrentDesiredOutcomes.Count > 0,
            $"Outcomes are recorded, so the answer is \"{DesiredOutcomesAsked.YesAndExpressed.ToLabel()}\"", nameof(OutcomesAsked));

        Outcomes.OutcomesNotAskedReason? reason = null;
        string? details = null;
        if (given == DesiredOutcomesAsked.No)
        {
            reason = check.Choice(notAskedReason, "Select why the person was not asked", nameof(OutcomesNotAskedReason));
            details = reason == Outcomes.OutcomesNotAskedReason.Other
                ? check.Required(notAskedDetails, NotAskedDetailsMaxLength, "Enter why the person was not asked", "Details", nameof(OutcomesNotAskedDetails))
                : check.Optional(notAskedDetails, NotAskedDetailsMaxLength, "Details", nameof(OutcomesNotAskedDetails));
        }

        check.ThrowIfAny();
        var asked = given is DesiredOutcomesAsked.YesAndExpressed or DesiredOutcomesAsked.YesButNoneExpressed;
        OutcomesAsked = given;
        OutcomesAskedRepresentative = asked ? representative : null;
        OutcomesNotAskedReason = reason;
        OutcomesNotAskedDetails = details;
    }

    /// <summary>
    /// Records something the person wants, in their words. Someone who expresses an outcome was
    /// asked, so the SAC answer becomes "Yes, they were asked and outcomes were expressed" (and,
    /// if nobody was recorded as asked yet, the one who expressed it was).
    /// <paramref name="expressedBy"/> is null when the adult said it.
    /// </summary>
    public DesiredOutcome AddDesiredOutcome(
        DesiredOutcomeDetails details, Representative? expressedBy, string userId, DateTime nowUtc, DateOnly today)
    {
        RefuseWhenClosed();
        var outcome = new DesiredOutcome(_desiredOutcomes.Count + 1, details, expressedBy, userId, nowUtc, Dates(today));
        _desiredOutcomes.Add(outcome);
        if (OutcomesAsked is not (DesiredOutcomesAsked.YesAndExpressed or DesiredOutcomesAsked.YesButNoneExpressed))
        {
            OutcomesAskedRepresentative = expressedBy;
        }

        OutcomesAsked = DesiredOutcomesAsked.YesAndExpressed;
        OutcomesNotAskedReason = null;
        OutcomesNotAskedDetails = null;
        return outcome;
    }

    /// <summary>
    /// Records something the person wants, in their words, said by whoever the form names
    /// (<paramref name="spokenBy"/>); who spoke and what they said are checked together.
    /// </summary>
    public DesiredOutcome AddDesiredOutcome(DesiredOutcomeDetails details, SpokenBy spokenBy, string userId, DateTime nowUtc, DateOnly today)
    {
        RefuseWhenClosed();
        var check = new RuleCheck();
        var speaker = Speaker(spokenBy, check);
        check.Record(() => new DesiredOutcome(_desiredOutcomes.Count + 1, details, speaker, userId, nowUtc, Dates(today)));
        check.ThrowIfAny();
        return AddDesiredOutcome(details, speaker, userId, nowUtc, today);
    }

    /// <summary>The person now wants something different: a new version, with the reason; the old words stay in the history.</summary>
    /// <exception cref="KeyNotFoundException">The enquiry has no such outcome.</exception>
    public void ChangeDesiredOutcome(int desiredOutcomeId, DesiredOutcomeDetails details, string userId, DateTime nowUtc, DateOnly today)
    {
        RefuseWhenClosed();
        FindCounting(_desiredOutcomes, desiredOutcomeId, "desired outcome").Change(details, userId, nowUtc, Dates(today));
    }

    /// <summary>Records that the practitioner explained to the person why this may not be achievable.</summary>
    /// <exception cref="KeyNotFoundException">The enquiry has no such outcome.</exception>
    public void MarkOutcomeMayNotBeAchievable(int desiredOutcomeId, DateOnly? explainedOn, string? note, DateOnly today)
    {
        RefuseWhenClosed();
        FindCounting(_desiredOutcomes, desiredOutcomeId, "desired outcome").MarkMayNotBeAchievable(explainedOn, note, Dates(today));
    }

    /// <summary>The person no longer wants this. It stays in the history, marked withdrawn.</summary>
    /// <exception cref="KeyNotFoundException">The enquiry has no such outcome.</exception>
    public void WithdrawDesiredOutcome(int desiredOutcomeId, DateOnly? withdrawnOn, string? reason, string userId, DateOnly today)
    {
        RefuseWhenClosed();
        FindCounting(_desiredOutcomes, desiredOutcomeId, "desired outcome").Withdraw(withdrawnOn, reason, userId, Dates(today));
    }

    /// <summary>Whether the person was asked how safe they feel at the start, and their score (0-10) or why they were not asked.</summary>
    public void RecordFeelingSafeAtStart(bool? wasAsked, int? score, string? notAskedReason)
    {
        RefuseWhenClosed();
        FeelingSafeAtStart = FeelingSafe.Answered(wasAsked, score, notAskedReason);
    }

    /// <summary>
    /// An allocated advocate as the representative who expresses outcomes or answers the review:
    /// an IMCA keeps that role, any other advocate is an advocate.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The enquiry has no such referral.</exception>
    public Representative AdvocateAsRepresentative(int advocacyReferralId)
    {
        var referral = Find(_advocacyReferrals, advocacyReferralId, "advocacy referral");
        if (referral is not { Status: ReferralStatus.Allocated, AdvocateName: { } name })
        {
            throw new DomainRuleException("Only an allocated advocate can speak for the person", nameof(Representative));
        }

        return Representative.Of(referral.Type == AdvocacyType.Imca ? RepresentativeRole.Imca : RepresentativeRole.Advocate, name);
    }

    /// <summary>
    /// Who spoke, from the form's choice: the adult (null), one of this enquiry's allocated
    /// advocates, or another representative with their role and name. Refusals go to <paramref name="check"/>.
    /// </summary>
    private Representative? Speaker(SpokenBy spokenBy, RuleCheck check)
    {
        const string field = nameof(SpokenBy.Who);
        switch (spokenBy.Who)
        {
            case Outcomes.Speaker.Adult:
                return null;
            case Outcomes.Speaker.Representative:
                return check.Record(() => Representative.Of(spokenBy.Role, spokenBy.Name));
            case Outcomes.Speaker.Advocate when _advocacyReferrals.Exists(r => r.Id == spokenBy.AdvocacyReferralId):
                return check.Record(() => AdvocateAsRepresentative(spokenBy.AdvocacyReferralId!.Value));
            default:
                check.Refuse("Select who was asked", field);
                return null;
        }
    }
}
