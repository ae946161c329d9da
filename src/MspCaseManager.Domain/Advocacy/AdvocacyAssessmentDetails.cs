namespace MspCaseManager.Domain.Advocacy;

/// <summary>
/// The Care Act s68 test as entered. Passed to <see cref="Enquiries.Enquiry.RecordAdvocacyAssessment"/>.
/// Property names match <see cref="AdvocacyAssessment"/>'s.
/// </summary>
public sealed record AdvocacyAssessmentDetails
{
    public required DateOnly AssessedOn { get; init; }

    public bool DifficultyUnderstanding { get; init; }

    public bool DifficultyRetaining { get; init; }

    public bool DifficultyUsingOrWeighing { get; init; }

    public bool DifficultyCommunicating { get; init; }

    /// <summary>Null when there is no appropriate person to support the adult.</summary>
    public AppropriatePerson? AppropriatePerson { get; init; }

    public string? Notes { get; init; }
}
