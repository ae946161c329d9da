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

    /// <summary>Null when not given: the adult refuses it as missing.</summary>
    public DateOnly? DateOfBirth { get; init; }

    /// <summary>Null when not answered: the adult refuses it as missing.</summary>
    public Gender? Gender { get; init; }

    public Ethnicity? Ethnicity { get; init; }

    public PrimarySupportReason? PrimarySupportReason { get; init; }

    /// <summary>As typed: spaces and hyphens are allowed.</summary>
    public string? NhsNumber { get; init; }

    /// <summary>The address on several lines, without the postcode.</summary>
    public string? Address { get; init; }

    public string? Postcode { get; init; }

    public string? Phone { get; init; }

    /// <summary>The language they speak best; needed when they need an interpreter.</summary>
    public string? FirstLanguage { get; init; }

    public bool InterpreterNeeded { get; init; }

    /// <summary>How best to communicate with them: aids, adjustments, who helps.</summary>
    public string? CommunicationSupport { get; init; }

    /// <summary>SAC reported health conditions; none when nothing is reported.</summary>
    public IReadOnlyCollection<HealthCondition> HealthConditions { get; init; } = [];
}
