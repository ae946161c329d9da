namespace MspCaseManager.Domain.CaseNotes;

/// <summary>A case note as entered. Property names match <see cref="CaseNote"/>'s.</summary>
public sealed record CaseNoteDetails
{
    public DateOnly? OccurredOn { get; init; }

    public CaseNoteType? Type { get; init; }

    public string? Text { get; init; }
}
