namespace MspCaseManager.Domain.Advocacy;

/// <summary>
/// A referral for advocacy as entered, a missing answer as null. Passed to
/// <see cref="Enquiries.Enquiry.RecordAdvocacyReferral"/>. Property names match <see cref="AdvocacyReferral"/>'s.
/// </summary>
public sealed record AdvocacyReferralDetails
{
    public AdvocacyType? Type { get; init; }

    public string? Provider { get; init; }

    public DateOnly? ReferredOn { get; init; }
}

/// <summary>
/// What has happened to a referral, as entered. Passed to <see cref="Enquiries.Enquiry.UpdateAdvocacyReferral"/>.
/// Property names match <see cref="ReferralStatusChange"/>'s.
/// </summary>
public sealed record ReferralStatusChangeDetails
{
    public ReferralStatus? Status { get; init; }

    public DateOnly? ChangedOn { get; init; }

    /// <summary>Required when the referral is allocated.</summary>
    public string? AdvocateName { get; init; }

    /// <summary>Required when the provider is unable to allocate an advocate; may be given when the person declines or advocacy ends.</summary>
    public string? Reason { get; init; }
}
