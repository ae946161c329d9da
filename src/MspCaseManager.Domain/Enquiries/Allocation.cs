using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Enquiries;

/// <summary>
/// One change of who holds an enquiry: to a social worker, or back to the team's unallocated queue
/// (<see cref="WorkerId"/> null); who made it, when and why. The history is kept: a social worker
/// who held the enquiry before keeps reading it, but only the worker it is allocated to now can
/// change it. Created only through <see cref="Enquiry.Allocate"/> and <see cref="Enquiry.Deallocate"/>.
/// </summary>
public sealed class Allocation : Entity
{
    public const int ReasonMaxLength = 2000;

    private Allocation()
    {
        AllocatedByUserId = null!;
    }

    internal Allocation(int number, string? workerId, string? reason, string allocatedByUserId, DateTime allocatedAtUtc)
    {
        Number = number;
        WorkerId = workerId;
        Reason = reason;
        AllocatedByUserId = allocatedByUserId;
        AllocatedAtUtc = allocatedAtUtc;
    }

    public int EnquiryId { get; private set; }

    /// <summary>1 for the first change, then 2, 3...</summary>
    public int Number { get; private set; }

    /// <summary>The social worker given the enquiry; null when it went back to the unallocated queue.</summary>
    public string? WorkerId { get; private set; }

    /// <summary>Why; required whenever the enquiry is taken from a worker who held it.</summary>
    public string? Reason { get; private set; }

    public string AllocatedByUserId { get; private set; }

    public DateTime AllocatedAtUtc { get; private set; }
}
