using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Advocacy;

/// <summary>
/// The Care Act 2014 s68 test on a date: does the adult have substantial difficulty being involved,
/// and is there an appropriate person to support them? Whether the duty to refer for an independent
/// advocate applies is computed from the answers, never stored. Circumstances change, so a new
/// assessment is recorded rather than this one edited; the latest applies.
/// Created only through <see cref="Enquiries.Enquiry.RecordAdvocacyAssessment"/>.
/// </summary>
public sealed class AdvocacyAssessment : Entity
{
    public const int NotesMaxLength = 4000;

    private AdvocacyAssessment()
    {
        RecordedByUserId = null!;
    }

    internal AdvocacyAssessment(int number, AdvocacyAssessmentDetails details, string userId, DateTime nowUtc, DateOnly today)
    {
        Number = number;
        AssessedOn = Guard.PastDate(details.AssessedOn, today, "Enter the date of the assessment",
            "Date of the assessment must be today or in the past", nameof(AssessedOn));
        DifficultyUnderstanding = details.DifficultyUnderstanding;
        DifficultyRetaining = details.DifficultyRetaining;
        DifficultyUsingOrWeighing = details.DifficultyUsingOrWeighing;
        DifficultyCommunicating = details.DifficultyCommunicating;
        AppropriatePerson = details.AppropriatePerson;
        Notes = Text.Optional(details.Notes, NotesMaxLength, "Notes", nameof(Notes));
        RecordedByUserId = Guard.Required(userId, "The member of staff must be known");
        RecordedAtUtc = UtcTime.Require(nowUtc, nameof(nowUtc));
    }

    public int EnquiryId { get; private set; }

    /// <summary>1 for the first assessment in the enquiry, then 2, 3...</summary>
    public int Number { get; private set; }

    public DateOnly AssessedOn { get; private set; }

    /// <summary>Substantial difficulty understanding relevant information.</summary>
    public bool DifficultyUnderstanding { get; private set; }

    /// <summary>Substantial difficulty retaining that information.</summary>
    public bool DifficultyRetaining { get; private set; }

    /// <summary>Substantial difficulty using or weighing that information as part of being involved.</summary>
    public bool DifficultyUsingOrWeighing { get; private set; }

    /// <summary>Substantial difficulty communicating their views, wishes or feelings.</summary>
    public bool DifficultyCommunicating { get; private set; }

    /// <summary>Null when there is no appropriate person.</summary>
    public AppropriatePerson? AppropriatePerson { get; private set; }

    public string? Notes { get; private set; }

    public string RecordedByUserId { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>Substantial difficulty in any of the four ways of being involved.</summary>
    public static readonly Specification<AdvocacyAssessment> SubstantialDifficulty = new(a =>
        a.DifficultyUnderstanding || a.DifficultyRetaining || a.DifficultyUsingOrWeighing || a.DifficultyCommunicating);

    /// <summary>Substantial difficulty in any of the four, and no appropriate person: the council must refer.</summary>
    public static readonly Specification<AdvocacyAssessment> DutyToRefer = new(Specifications.Inline<Func<AdvocacyAssessment, bool>>(a =>
        SubstantialDifficulty.IsSatisfiedBy(a) && a.AppropriatePerson == null));

    /// <summary>See <see cref="SubstantialDifficulty"/>.</summary>
    public bool HasSubstantialDifficulty => SubstantialDifficulty.IsSatisfiedBy(this);

    public bool HasAppropriatePerson => AppropriatePerson is not null;

    /// <summary>See <see cref="DutyToRefer"/>.</summary>
    public bool DutyToReferApplies => DutyToRefer.IsSatisfiedBy(this);
}
