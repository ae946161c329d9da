using MspCaseManager.Domain.CaseNotes;
using MspCaseManager.Domain.Plans;

namespace MspCaseManager.Domain.Enquiries;

/// <summary>The safeguarding plan: actions and meetings; and writing to the case-note chronology.</summary>
public sealed partial class Enquiry
{
    private readonly List<PlanAction> _planActions = [];
    private readonly List<SafeguardingMeeting> _meetings = [];

    public IReadOnlyList<PlanAction> PlanActions => _planActions;

    public IReadOnlyList<SafeguardingMeeting> Meetings => _meetings;

    public PlanAction AddPlanAction(PlanActionDetails details, DateOnly today)
    {
        RefuseWhenClosed();
        var action = new PlanAction(details, Dates(today));
        _planActions.Add(action);
        return action;
    }

    /// <summary>Changes an action, its status included; cancel it (with a reason) rather than delete it.</summary>
    /// <exception cref="KeyNotFoundException">The enquiry has no such action.</exception>
    public void UpdatePlanAction(int planActionId, PlanActionDetails details, DateOnly today)
    {
        RefuseWhenClosed();
        FindCounting(_planActions, planActionId, "plan action").Update(details, Dates(today));
    }

    public SafeguardingMeeting RecordMeeting(MeetingDetails details, DateOnly today)
    {
        RefuseWhenClosed();
        var meeting = new SafeguardingMeeting(details, Dates(today));
        _meetings.Add(meeting);
        return meeting;
    }

    /// <summary>A new note in the chronology. The caller saves it (notes are their own aggregate).</summary>
    public CaseNote WriteCaseNote(CaseNoteDetails details, string userId, DateTime nowUtc, DateOnly today)
    {
        RefuseWhenClosed();
        return new CaseNote(Id, details, corrects: null, userId, nowUtc, Dates(today));
    }

    /// <summary>A note that corrects an earlier one in this enquiry; the earlier note is kept as it was.</summary>
    public CaseNote WriteCorrection(CaseNote corrected, CaseNoteDetails details, string userId, DateTime nowUtc, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(corrected);
        RefuseWhenClosed();
        return new CaseNote(Id, details, corrected, userId, nowUtc, Dates(today));
    }
}
