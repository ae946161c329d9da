using FluentValidation;
using MspCaseManager.Domain.CaseNotes;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Enquiries.CaseNotes;

/// <summary>A case note, or a correction of one, as typed. Field names match <see cref="CaseNoteDetails"/>.</summary>
public sealed class CaseNoteForm : IVersionedForm
{
    public DateInput OccurredOn { get; set; } = new();

    public CaseNoteType? Type { get; set; }

    public string? Text { get; set; }

    /// <summary>
    /// For a correction: how many corrections the note had when the form was opened. Notes never
    /// change, so a new note needs no version; a second correction made meanwhile is the conflict.
    /// </summary>
    public int Version { get; set; }

    public CaseNoteDetails ToDetails() => new()
    {
        OccurredOn = OccurredOn.ToDate(),
        Type = Type,
        Text = Text,
    };
}

/// <summary>What only the web knows: whether the date typed is a real date. The note's rules are <see cref="CaseNote"/>'s.</summary>
public sealed class CaseNoteFormValidator : AbstractValidator<CaseNoteForm>
{
    public CaseNoteFormValidator() => RuleFor(f => f.OccurredOn).RealDate("Date");
}
