namespace MspCaseManager.Domain.Advocacy;

/// <summary>
/// A referral for advocacy as entered. Passed to <see cref="Enquiries.Enquiry.RecordAdvocacyReferral"/>.
/// Property names match <see cref="AdvocacyReferral"/>'s.
/// </summary>
public sealed record AdvocacyReferralDetails
{
    public required AdvocacyType Type { get; init; }

    public string? Provider { get; init; }

    public required DateOnly ReferredOn { get; init; }
}
