namespace MspCaseManager.Domain.Capacity;

/// <summary>
/// A mental capacity assessment as entered, a missing answer as null. Passed to
/// <see cref="Enquiries.Enquiry.RecordCapacityAssessment"/>. Property names match <see cref="CapacityAssessment"/>'s.
/// </summary>
public sealed record CapacityAssessmentDetails
{
    /// <summary>The specific decision: capacity is decision-specific and time-specific.</summary>
    public string? Decision { get; init; }

    public DateOnly? AssessedOn { get; init; }

    public string? AssessorName { get; init; }

    public string? AssessorRole { get; init; }

    /// <summary>Stage 1: an impairment of, or disturbance in the functioning of, the mind or brain.</summary>
    public bool? ImpairmentOrDisturbance { get; init; }

    public string? ImpairmentEvidence { get; init; }

    public Ability? Understand { get; init; }

    public string? UnderstandEvidence { get; init; }

    public Ability? Retain { get; init; }

    public string? RetainEvidence { get; init; }

    public Ability? UseOrWeigh { get; init; }

    public string? UseOrWeighEvidence { get; init; }

    public Ability? Communicate { get; init; }

    public string? CommunicateEvidence { get; init; }

    public string? PracticableSteps { get; init; }

    public CapacityConclusion? Conclusion { get; init; }

    public bool? MayFluctuate { get; init; }

    public bool? MayRegain { get; init; }

    /// <summary>Required when capacity may fluctuate or be regained; ignored otherwise.</summary>
    public DateOnly? ReviewOn { get; init; }
}
