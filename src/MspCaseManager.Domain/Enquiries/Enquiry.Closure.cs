using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.Concerns;

namespace MspCaseManager.Domain.Enquiries;

/// <summary>Closure with a manager's sign-off, and reopening.</summary>
public sealed partial class Enquiry
{
    private readonly List<ClosureRequest> _closureRequests = [];
    private readonly List<Reopening> _reopenings = [];

    /// <summary>Every closure request and the manager's decision on it, oldest first.</summary>
    public IReadOnlyList<ClosureRequest> ClosureRequests => _closureRequests;

    public ClosureRequest? CurrentClosureRequest => _closureRequests.MaxBy(r => r.Number);

    /// <summary>Every reopening, oldest first: the audit of why a closed enquiry was opened again.</summary>
    public IReadOnlyList<Reopening> Reopenings => _reopenings;

    /// <summary>When the enquiry was closed; null unless it is closed now.</summary>
    public DateTime? ClosedAtUtc => IsClosed ? CurrentClosureRequest?.ReviewedAtUtc : null;

    /// <summary>What still stops the enquiry closing; empty when it can be closed.</summary>
    public IReadOnlyList<ClosureBlocker> ClosureBlockers()
    {
        var blockers = new List<ClosureBlocker>();
        if (OutcomesReview is null)
        {
            blockers.Add(ClosureBlocker.NoOutcomesReview);
        }

        if (OutcomesAsked is null)
        {
            blockers.Add(ClosureBlocker.DesiredOutcomesQuestionUnanswered);
        }

        if (RiskOutcome is null)
        {
            blockers.Add(ClosureBlocker.RiskOutcomeMissing);
        }

        if (AdvocacyDutyOutstanding)
        {
            blockers.Add(ClosureBlocker.AdvocacyDutyOutstanding);
        }

        return blockers;
    }

    /// <summary>The worker asks a manager to close the enquiry, with a closing summary.</summary>
    public ClosureRequest RequestClosure(string? summary, string userId, DateTime nowUtc)
    {
        RefuseWhenClosed();
        if (Status == EnquiryStatus.ClosureRequested)
        {
            throw new DomainRuleException("Closure has already been requested");
        }

        var check = new RuleCheck();
        foreach (var blocker in ClosureBlockers())
        {
            check.Refuse(blocker.ToLabel());
        }

        var validSummary = check.Required(summary, ClosureRequest.TextMaxLength,
            "Enter the closing summary", "Closing summary", nameof(ClosureRequest.Summary));
        check.ThrowIfAny();
        var request = new ClosureRequest(
            _closureRequests.Count + 1,
            validSummary!,
            Guard.Required(userId, "The member of staff requesting closure must be known"),
            UtcTime.Require(nowUtc, nameof(nowUtc)));
        _closureRequests.Add(request);
        Status = EnquiryStatus.ClosureRequested;
        return request;
    }

    /// <summary>
    /// A manager closes the enquiry. The closure rules are checked again, in case the record changed
    /// since closure was requested. Checking that the manager may do so is the caller's job.
    /// </summary>
    public void AuthoriseClosure(string managerUserId, DateTime nowUtc, string? comments = null)
    {
        var request = AwaitingClosure();
        var manager = Guard.Required(managerUserId, "The authorising manager must be known");
        if (manager == request.RequestedByUserId)
        {
            // Separation of duties: nobody signs off their own request to close.
            throw new DomainRuleException(
                "You asked for this enquiry to be closed, so another team manager must authorise it", "Outcome");
        }

        var validComments = Text.Optional(comments, ClosureRequest.TextMaxLength, "Comments", nameof(ClosureRequest.ManagerComments));
        RefuseWhileBlocked();
        request.Review(DecisionStatus.Authorised, manager, UtcTime.Require(nowUtc, nameof(nowUtc)), validComments);
        Status = EnquiryStatus.Closed;
        RecordConclusion(nowUtc);
    }

    /// <summary>A manager sends the enquiry back to the worker, saying why. It is open again.</summary>
    public void ReturnClosure(string managerUserId, DateTime nowUtc, string? comments)
    {
        var request = AwaitingClosure();
        var manager = Guard.Required(managerUserId, "The manager returning the request must be known");
        var validComments = Text.Required(comments, ClosureRequest.TextMaxLength,
            "Enter why you are returning the request", "Comments", nameof(ClosureRequest.ManagerComments));
        request.Review(DecisionStatus.Returned, manager, UtcTime.Require(nowUtc, nameof(nowUtc)), validComments);
        Status = EnquiryStatus.Open;
    }

    /// <summary>A manager reopens a closed enquiry, with a reason. The closure and the reopening are both kept.</summary>
    public Reopening Reopen(string managerUserId, string? reason, DateTime nowUtc)
    {
        if (!IsClosed)
        {
            throw new DomainRuleException("Only a closed enquiry can be reopened");
        }

        var validReason = Text.Required(reason, Reopening.ReasonMaxLength,
            "Enter why the enquiry is being reopened", "Reason", nameof(Reopening.Reason));
        var reopening = new Reopening(
            validReason,
            Guard.Required(managerUserId, "The manager reopening the enquiry must be known"),
            UtcTime.Require(nowUtc, nameof(nowUtc)));
        _reopenings.Add(reopening);
        Status = EnquiryStatus.Open;
        ClearConclusion();
        return reopening;
    }

    private ClosureRequest AwaitingClosure() =>
        Status == EnquiryStatus.ClosureRequested && CurrentClosureRequest is { Decision: DecisionStatus.AwaitingAuthorisation } request
            ? request
            : throw new DomainRuleException("There is no closure request awaiting authorisation");

    /// <summary>Refuses with every blocker at once, so the user sees all that stops the enquiry closing.</summary>
    private void RefuseWhileBlocked()
    {
        if (ClosureBlockers() is { Count: > 0 } blockers)
        {
            throw new DomainRuleException(blockers.Select(b => new RuleViolation(b.ToLabel())).ToList());
        }
    }
}
