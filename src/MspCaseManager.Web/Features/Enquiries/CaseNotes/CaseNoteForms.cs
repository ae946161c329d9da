using FluentValidation;
using MspCaseManager.Domain.CaseNotes;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Enquiries.CaseNotes;

/// <summary>A case note, or a correction of one, as typed. Field names match <see cref="CaseNoteDetails"/>.</summary>
public sealed class CaseNoteForm
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
        OccurredOn = OccurredOn.ToDate() ?? default,
        Type = Type ?? (CaseNoteType)(-1),
        Text = Text,
    };
}

public sealed class CaseNoteFormValidator : AbstractValidator<CaseNoteForm>
{
    public CaseNoteFormValidator(TimeProvider time)
    {
        RuleFor(f => f.OccurredOn).ValidDate("the date", time.Today);
        RuleFor(f => f.Type).NotNull().WithMessage("Select the type of note");
        RuleFor(f => f.Text).NotEmpty().WithMessage("Enter the note");
    }
}
