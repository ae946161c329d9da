using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.Enquiries;

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

    /// <summary>
    /// Checks the answers: the appropriate person is asked about only when the adult would have
    /// substantial difficulty, and then must be one of the people important to <paramref name="adult"/>
    /// who could be their appropriate person, or none.
    /// </summary>
    internal AdvocacyAssessment(int number, AdvocacyAssessmentDetails details, People.Adult adult, string userId, DateTime nowUtc, EnquiryDates dates)
    {
        var check = new RuleCheck();
        var assessedOn = dates.Required(check, details.AssessedOn, "date of the assessment", nameof(AssessedOn));
        check.RefuseIf(details.HasSubstantialDifficulty is null,
            "Select whether the adult would have substantial difficulty being involved in the enquiry", nameof(HasSubstantialDifficulty));
        var difficult = details.HasSubstantialDifficulty == true;
        var difficulties = difficult ? (details.Difficulties ?? []).Distinct().ToList() : [];
        if (difficult && check.RefuseIf(!difficulties.TrueForAll(Enum.IsDefined), "Select from the list", nameof(Difficulties)))
        {
            check.RefuseIf(difficulties.Count == 0, "Select what they would have substantial difficulty with", nameof(Difficulties));
        }

        AppropriatePerson? person = null;
        if (difficult)
        {
            check.RefuseIf(details.HasAppropriatePerson is null,
                "Select the appropriate person, or that there is none", nameof(AppropriatePerson));
            if (details.HasAppropriatePerson == true)
            {
                var important = adult.ImportantPeople.FirstOrDefault(p => p.Id == details.AppropriatePersonId);
                person = check.Record(() => AppropriatePerson.From(important, adult.Id));
            }
        }

        var notes = check.Optional(details.Notes, NotesMaxLength, "Notes", nameof(Notes));
        check.ThrowIfAny();

        Number = number;
        AssessedOn = assessedOn!.Value;
        DifficultyUnderstanding = difficulties.Contains(SubstantialDifficulty.Understanding);
        DifficultyRetaining = difficulties.Contains(SubstantialDifficulty.Retaining);
        DifficultyUsingOrWeighing = difficulties.Contains(SubstantialDifficulty.UsingOrWeighing);
        DifficultyCommunicating = difficulties.Contains(SubstantialDifficulty.Communicating);
        AppropriatePerson = person;
        Notes = notes;
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
    public static readonly Specification<AdvocacyAssessment> AnySubstantialDifficulty = new(a =>
        a.DifficultyUnderstanding || a.DifficultyRetaining || a.DifficultyUsingOrWeighing || a.DifficultyCommunicating);

    /// <summary>Substantial difficulty in any of the four, and no appropriate person: the council must refer.</summary>
    public static readonly Specification<AdvocacyAssessment> DutyToRefer = new(Specifications.Inline<Func<AdvocacyAssessment, bool>>(a =>
        AnySubstantialDifficulty.IsSatisfiedBy(a) && a.AppropriatePerson == null));

    /// <summary>See <see cref="AnySubstantialDifficulty"/>.</summary>
    public bool HasSubstantialDifficulty => AnySubstantialDifficulty.IsSatisfiedBy(this);

    /// <summary>Where the adult would have substantial difficulty, in the order of the Act.</summary>
    public IReadOnlyList<SubstantialDifficulty> Difficulties =>
        new (bool Has, SubstantialDifficulty Difficulty)[]
        {
            (DifficultyUnderstanding, SubstantialDifficulty.Understanding),
            (DifficultyRetaining, SubstantialDifficulty.Retaining),
            (DifficultyUsingOrWeighing, SubstantialDifficulty.UsingOrWeighing),
            (DifficultyCommunicating, SubstantialDifficulty.Communicating),
        }.Where(d => d.Has).Select(d => d.Difficulty).ToList();

    public bool HasAppropriatePerson => AppropriatePerson is not null;

    /// <summary>See <see cref="DutyToRefer"/>.</summary>
    public bool DutyToReferApplies => DutyToRefer.IsSatisfiedBy(this);
}
