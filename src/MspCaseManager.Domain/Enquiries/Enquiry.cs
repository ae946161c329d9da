using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.Concerns;

namespace MspCaseManager.Domain.Enquiries;

/// <summary>
/// A safeguarding enquiry, opened from a concern whose decision to hold one has been authorised,
/// held by a team and allocated to a social worker (or waiting in the team's unallocated queue).
/// The aggregate root of the Making Safeguarding Personal conversation: desired outcomes, feeling
/// safe, consent, capacity and best interests, advocacy and the safeguarding plan are its children,
/// reached and changed only through it, so one rule (<see cref="RefuseWhenClosed"/>) keeps a closed
/// enquiry read-only. Nothing is deleted: outcomes are withdrawn, versions and answers appended,
/// actions cancelled. Case notes are their own aggregate (see <see cref="CaseNotes.CaseNote"/>).
/// The parts live in the Enquiry.*.cs files.
/// </summary>
public sealed partial class Enquiry : CountedRecord
{
    private readonly List<Allocation> _allocations = [];

    private Enquiry()
    {
    }

    private Enquiry(int adultId, int concernId, DateOnly concernReceivedOn, int teamId, EnquiryType type, DateOnly startedOn, DateOnly openedOn, DateTime openedAtUtc)
    {
        StartedOn = startedOn;
        AdultId = adultId;
        ConcernId = concernId;
        ConcernReceivedOn = concernReceivedOn;
        TeamId = teamId;
        Type = type;
        OpenedOn = openedOn;
        OpenedAtUtc = openedAtUtc;
        Status = EnquiryStatus.Open;
    }

    public int AdultId { get; private set; }

    public int ConcernId { get; private set; }

    /// <summary>
    /// When the concern that led to the enquiry was received: nothing in the enquiry happened
    /// before it (<see cref="Dates"/>). Taken from the concern when the enquiry opens; the concern
    /// cannot change once its decision is authorised.
    /// </summary>
    public DateOnly ConcernReceivedOn { get; private set; }

    public int TeamId { get; private set; }

    public EnquiryType Type { get; private set; }

    /// <summary>The UK calendar date the decision to hold the enquiry was authorised, which opened it here.</summary>
    public DateOnly OpenedOn { get; private set; }

    /// <summary>
    /// When the enquiry really started, as the authorising manager recorded it: the authorisation
    /// date unless it started earlier (an enquiry authorised late, or a historic one). Never before
    /// the concern was received. SG1 counts enquiries by it.
    /// </summary>
    public DateOnly StartedOn { get; private set; }

    public DateTime OpenedAtUtc { get; private set; }

    /// <summary>The Identity user id of the social worker holding the enquiry; null while unallocated.</summary>
    public string? AllocatedWorkerId { get; private set; }

    public DateTime? AllocatedAtUtc { get; private set; }

    public EnquiryStatus Status { get; private set; }

    public bool IsAllocated => AllocatedWorkerId is not null;

    /// <summary>
    /// Opens the enquiry the concern's just-authorised decision calls for, in the concern's team,
    /// unallocated, started on <paramref name="startedOn"/>. Only <see cref="Concern.AuthoriseDecision"/>
    /// calls it, after checking the start date. One concern leads to at most one enquiry (a unique
    /// index makes sure).
    /// </summary>
    internal static Enquiry OpenFrom(Concern concern, S42Decision authorised, DateOnly startedOn, DateTime nowUtc)
    {
        var type = authorised.Route switch
        {
            EnquiryRoute.Section42Enquiry => EnquiryType.Section42,
            EnquiryRoute.OtherSafeguardingEnquiry => EnquiryType.OtherSafeguarding,
            _ => throw new DomainRuleException("The decision was not to hold an enquiry, so none can be opened"),
        };

        return new Enquiry(
            concern.AdultId, concern.Id, concern.ReceivedOn, concern.TeamId, type, startedOn, UkTime.DateOf(nowUtc), UtcTime.Require(nowUtc, nameof(nowUtc)));
    }

    /// <summary>The rule every date recorded in this enquiry follows, as of <paramref name="today"/> (the UK date).</summary>
    public EnquiryDates Dates(DateOnly today) => new(ConcernReceivedOn, today);

    /// <summary>Every change of who holds the enquiry, oldest first.</summary>
    public IReadOnlyList<Allocation> Allocations => _allocations;

    /// <summary>
    /// Gives the enquiry to a social worker, or to another one (reallocation, which needs a reason:
    /// the worker who held it keeps reading it but can no longer change it). Giving it to the
    /// worker who already holds it changes nothing.
    /// </summary>
    public void Allocate(string? workerId, string? reason, string allocatedByUserId, DateTime nowUtc)
    {
        var check = new RuleCheck();
        check.RefuseIf(IsClosed, "A closed enquiry cannot be allocated");
        var worker = string.IsNullOrWhiteSpace(workerId) ? null : workerId;
        check.RefuseIf(worker is null, "Select a social worker", nameof(AllocatedWorkerId));
        var validReason = ReasonFor(check, reallocating: AllocatedWorkerId is not null && worker != AllocatedWorkerId, reason,
            "Enter why the enquiry is being reallocated");
        check.ThrowIfAny();
        if (worker == AllocatedWorkerId)
        {
            return;
        }

        Record(worker, validReason, allocatedByUserId, nowUtc);
    }

    /// <summary>Takes the enquiry back into the team's unallocated queue, saying why.</summary>
    public void Deallocate(string? reason, string allocatedByUserId, DateTime nowUtc)
    {
        var check = new RuleCheck();
        check.RefuseIf(IsClosed, "A closed enquiry cannot be deallocated");
        var validReason = ReasonFor(check, reallocating: AllocatedWorkerId is not null, reason,
            "Enter why the enquiry is going back to the unallocated queue");
        check.ThrowIfAny();
        if (AllocatedWorkerId is null)
        {
            return;
        }

        Record(null, validReason, allocatedByUserId, nowUtc);
    }

    private static string? ReasonFor(RuleCheck check, bool reallocating, string? reason, string missingMessage) =>
        reallocating
            ? check.Required(reason, Allocation.ReasonMaxLength, missingMessage, "Reason", nameof(Allocation.Reason))
            : check.Optional(reason, Allocation.ReasonMaxLength, "Reason", nameof(Allocation.Reason));

    private void Record(string? workerId, string? reason, string allocatedByUserId, DateTime nowUtc)
    {
        var by = Guard.Required(allocatedByUserId, "The member of staff allocating the enquiry must be known");
        UtcTime.Require(nowUtc, nameof(nowUtc));
        _allocations.Add(new Allocation(_allocations.Count + 1, workerId, reason, by, nowUtc));
        AllocatedWorkerId = workerId;
        AllocatedAtUtc = workerId is null ? null : nowUtc;
    }

    public bool IsClosed => Status == EnquiryStatus.Closed;

    /// <summary>
    /// The one guard every change calls first: a closed enquiry is read-only until a manager reopens
    /// it; an enquiry entered in error (with its concern) is read-only for good.
    /// </summary>
    private void RefuseWhenClosed(string message = "This enquiry is closed, so it cannot be changed")
    {
        RefuseWhenEnteredInError();
        if (IsClosed)
        {
            throw new DomainRuleException(message);
        }
    }

    private static T Find<T>(List<T> items, int id, string what)
        where T : Entity =>
        items.Find(i => i.Id == id) ?? throw new KeyNotFoundException($"The enquiry has no {what} {id}.");
}
