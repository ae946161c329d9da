using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.Concerns;

namespace MspCaseManager.Domain.Enquiries;

/// <summary>
/// A worker's request to close the enquiry, with the closing summary, and the manager's decision
/// on it (the same awaiting / authorised / returned cycle as an s42 decision). Every request is kept. Created and reviewed only through <see cref="Enquiry"/>.
/// </summary>
public sealed class ClosureRequest : Entity
{
    public const int TextMaxLength = 10_000;

    private ClosureRequest()
    {
        Summary = null!;
        RequestedByUserId = null!;
    }

    internal ClosureRequest(int number, string summary, string userId, DateTime nowUtc)
    {
        Number = number;
        Summary = summary;
        RequestedByUserId = userId;
        RequestedAtUtc = nowUtc;
        Decision = DecisionStatus.AwaitingAuthorisation;
    }

    public int EnquiryId { get; private set; }

    /// <summary>1 for the first request, then 2, 3...</summary>
    public int Number { get; private set; }

    public string Summary { get; private set; }

    public string RequestedByUserId { get; private set; }

    public DateTime RequestedAtUtc { get; private set; }

    public DecisionStatus Decision { get; private set; }

    public string? ReviewedByUserId { get; private set; }

    public DateTime? ReviewedAtUtc { get; private set; }

    /// <summary>Optional when authorising; required when returning.</summary>
    public string? ManagerComments { get; private set; }

    internal void Review(DecisionStatus decision, string managerUserId, DateTime nowUtc, string? comments)
    {
        Decision = decision;
        ReviewedByUserId = managerUserId;
        ReviewedAtUtc = nowUtc;
        ManagerComments = comments;
    }
}

/// <summary>A manager reopening a closed enquiry, and why. Kept for audit.</summary>
public sealed class Reopening : Entity
{
    public const int ReasonMaxLength = 4000;

    private Reopening()
    {
        Reason = null!;
        ReopenedByUserId = null!;
    }

    internal Reopening(string reason, string managerUserId, DateTime nowUtc)
    {
        Reason = reason;
        ReopenedByUserId = managerUserId;
        ReopenedAtUtc = nowUtc;
    }

    public int EnquiryId { get; private set; }

    public string Reason { get; private set; }

    public string ReopenedByUserId { get; private set; }

    public DateTime ReopenedAtUtc { get; private set; }
}

/// <summary>What stops an enquiry being closed; the label is the message shown.</summary>
public enum ClosureBlocker
{
    [Label("Record the outcomes review, or why the person could not be asked")]
    NoOutcomesReview,

    [Label("Answer whether the person was asked about their desired outcomes")]
    DesiredOutcomesQuestionUnanswered,

    [Label("Record the risk assessment outcome")]
    RiskOutcomeMissing,

    [Label("Refer for an independent advocate, or record why no referral is being made")]
    AdvocacyDutyOutstanding,
}
