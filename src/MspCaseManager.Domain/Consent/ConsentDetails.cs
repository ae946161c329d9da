namespace MspCaseManager.Domain.Consent;

/// <summary>
/// The adult's answer about consent, as entered. Passed to <see cref="Enquiries.Enquiry.RecordConsent"/>.
/// Property names match <see cref="ConsentRecord"/>'s.
/// </summary>
public sealed record ConsentDetails
{
    /// <summary>Null when not answered: the consent record refuses it with the question to answer.</summary>
    public ConsentAnswer? Answer { get; init; }

    public DateOnly? AskedOn { get; init; }

    /// <summary>Only for <see cref="ConsentAnswer.No"/>, where it is required: the enquiry goes on without consent.</summary>
    public bool? ContinueWithoutConsent { get; init; }

    public IReadOnlyCollection<LawfulReason> LawfulReasons { get; init; } = [];

    public string? LawfulReasonDetails { get; init; }

    /// <summary>When the person was told why the enquiry is going on without their consent.</summary>
    public DateOnly? ToldWhyOn { get; init; }

    /// <summary>Required; null when not answered.</summary>
    public bool? ConsentsToShareInformation { get; init; }

    /// <summary>The agencies the person agrees their information may be shared with.</summary>
    public IReadOnlyCollection<string> SharingAgencies { get; init; } = [];
}
