namespace MspCaseManager.Domain.Advocacy;

/// <summary>
/// The Care Act s68 test as entered, a missing answer as null. Passed to
/// <see cref="Enquiries.Enquiry.RecordAdvocacyAssessment"/>. Property names match <see cref="AdvocacyAssessment"/>'s.
/// </summary>
public sealed record AdvocacyAssessmentDetails
{
    public DateOnly? AssessedOn { get; init; }

    /// <summary>Would the adult have substantial difficulty being involved in the enquiry?</summary>
    public bool? HasSubstantialDifficulty { get; init; }

    /// <summary>Where they would have substantial difficulty; at least one when they would, ignored otherwise.</summary>
    public IReadOnlyCollection<SubstantialDifficulty> Difficulties { get; init; } = [];

    /// <summary>
    /// Only asked when they would have substantial difficulty: whether there is an appropriate
    /// person to support them (<see cref="AppropriatePersonId"/>), or there is none.
    /// </summary>
    public bool? HasAppropriatePerson { get; init; }

    /// <summary>One of the people important to the adult who could be their appropriate person.</summary>
    public int? AppropriatePersonId { get; init; }

    public string? Notes { get; init; }
}
