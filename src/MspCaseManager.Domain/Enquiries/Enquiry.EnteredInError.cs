using MspCaseManager.Domain.CaseNotes;
using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.Concerns;

namespace MspCaseManager.Domain.Enquiries;

/// <summary>
/// Records of the enquiry created in error: a case note, a desired outcome or a plan action is
/// marked entered in error with a reason, never deleted, and no longer counts anywhere but in the
/// safeguarding leads' view. The enquiry itself is entered in error only with the concern it was
/// opened from (<see cref="Concern.MarkEnteredInError"/>).
/// </summary>
public sealed partial class Enquiry
{
    /// <summary>
    /// Who may mark this enquiry's desired outcomes and plan actions entered in error, among those
    /// who may change the enquiry: anyone while it is open; once it is closed, only a team manager.
    /// </summary>
    public bool AllowsMarkingEnteredInErrorBy(StaffMember by)
    {
        ArgumentNullException.ThrowIfNull(by);
        return !IsEnteredInError && (!IsClosed || by.IsTeamManager);
    }

    /// <summary>Who may mark a case note entered in error: its author or a team manager (and only a team manager once the enquiry is closed).</summary>
    public bool AllowsMarkingEnteredInErrorBy(CaseNote note, StaffMember by)
    {
        ArgumentNullException.ThrowIfNull(note);
        return AllowsMarkingCaseNoteEnteredInErrorBy(note.WrittenByUserId, by);
    }

    /// <summary>See <see cref="AllowsMarkingEnteredInErrorBy(CaseNote, StaffMember)"/>, for a list of notes read without loading them.</summary>
    public bool AllowsMarkingCaseNoteEnteredInErrorBy(string writtenByUserId, StaffMember by) =>
        AllowsMarkingEnteredInErrorBy(by) && (by.IsTeamManager || writtenByUserId == by.UserId);

    /// <summary>Marks one of this enquiry's case notes entered in error, with the reason. The caller saves the note.</summary>
    public void MarkCaseNoteEnteredInError(CaseNote note, string? reason, StaffMember by, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(note);
        if (note.EnquiryId != Id)
        {
            throw new KeyNotFoundException($"The enquiry has no case note {note.Id}.");
        }

        RefuseMarkingBy(by);
        if (!AllowsMarkingEnteredInErrorBy(note, by))
        {
            throw new DomainRuleException("Only the member of staff who wrote the note or a team manager can mark it as entered in error");
        }

        note.MarkEnteredInError(reason, by, nowUtc);
    }

    /// <summary>Marks a desired outcome entered in error, with the reason: the review no longer asks about it and "outcomes achieved" leaves it out.</summary>
    /// <exception cref="KeyNotFoundException">The enquiry has no such outcome.</exception>
    public void MarkDesiredOutcomeEnteredInError(int desiredOutcomeId, string? reason, StaffMember by, DateTime nowUtc)
    {
        var outcome = Find(_desiredOutcomes, desiredOutcomeId, "desired outcome");
        RefuseMarkingBy(by);
        outcome.MarkEnteredInError(reason, by, nowUtc);
        RecountConcludedOutcomesAchieved();
    }

    /// <summary>Marks a plan action entered in error, with the reason.</summary>
    /// <exception cref="KeyNotFoundException">The enquiry has no such action.</exception>
    public void MarkPlanActionEnteredInError(int planActionId, string? reason, StaffMember by, DateTime nowUtc)
    {
        var action = Find(_planActions, planActionId, "plan action");
        RefuseMarkingBy(by);
        action.MarkEnteredInError(reason, by, nowUtc);
    }

    /// <summary>The enquiry goes with the concern it was opened from: the same reason, by the same person, at the same time.</summary>
    internal void MarkEnteredInErrorWith(Concern concern) =>
        MarkEnteredInError("enquiry", concern.EnteredInErrorReason, new StaffMember(concern.EnteredInErrorByUserId!, IsTeamManager: true), concern.EnteredInErrorAtUtc!.Value);

    private void RefuseWhenEnteredInError()
    {
        if (IsEnteredInError)
        {
            throw new DomainRuleException("This enquiry was entered in error, so it cannot be changed");
        }
    }

    private void RefuseMarkingBy(StaffMember by)
    {
        RefuseWhenEnteredInError();
        if (!AllowsMarkingEnteredInErrorBy(by))
        {
            throw new DomainRuleException("This enquiry is closed, so only a team manager can mark its records as entered in error");
        }
    }

    /// <summary>A child record to change: one entered in error cannot be.</summary>
    private static T FindCounting<T>(List<T> items, int id, string what)
        where T : CountedRecord
    {
        var item = Find(items, id, what);
        return item.IsEnteredInError
            ? throw new DomainRuleException($"This {what} was entered in error, so it cannot be changed")
            : item;
    }
}
