namespace MspCaseManager.Domain.People;

/// <summary>
/// What a user enters about an adult, passed to <see cref="Adult(AdultDetails, DateOnly, int?)"/> and
/// <see cref="Adult.UpdateDetails"/>. Text is as typed: the adult trims and checks it. Property names
/// match <see cref="Adult"/>'s, so <see cref="Common.DomainRuleException.Field"/> names them too.
/// </summary>
public sealed record AdultDetails
{
    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? PreferredName { get; init; }

    public required DateOnly DateOfBirth { get; init; }

    public required Gender Gender { get; init; }

    public required Ethnicity Ethnicity { get; init; }

    public required PrimarySupportReason PrimarySupportReason { get; init; }

    /// <summary>As typed: spaces and hyphens are allowed.</summary>
    public string? NhsNumber { get; init; }

    /// <summary>The address on several lines, without the postcode.</summary>
    public string? Address { get; init; }

    public string? Postcode { get; init; }

    public string? Phone { get; init; }

    /// <summary>SAC reported health conditions; none when nothing is reported.</summary>
    public IReadOnlyCollection<HealthCondition> HealthConditions { get; init; } = [];
}
