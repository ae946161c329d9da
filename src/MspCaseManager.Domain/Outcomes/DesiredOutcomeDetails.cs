namespace MspCaseManager.Domain.Outcomes;

/// <summary>
/// What the person wants, as entered: their own words and a reporting category. Passed to
/// <c>Enquiry.AddDesiredOutcome</c> and <see cref="Enquiries.Enquiry.ChangeDesiredOutcome"/>.
/// </summary>
public sealed record DesiredOutcomeDetails
{
    /// <summary>In the person's own words, exactly as they said them.</summary>
    public string? Words { get; init; }

    public DesiredOutcomeCategory? Category { get; init; }

    /// <summary>When the person said it (or changed it).</summary>
    public DateOnly? On { get; init; }

    /// <summary>Why it changed; not asked when the outcome is first recorded.</summary>
    public string? Reason { get; init; }
}
