using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.CaseNotes;
using MspCaseManager.Web.Features.Enquiries.CaseNotes;
using MspCaseManager.Web.Features.Enquiries.Outcomes;
using MspCaseManager.Web.Features.Enquiries.Plans;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Display;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Enquiries;

/// <summary>
/// Marking an enquiry's case note, desired outcome or plan action entered in error: a confirmation
/// page with the reason. Anyone who may change the enquiry may mark its outcomes and plan actions,
/// a case note only its author or a team manager, and once the enquiry is closed only a team
/// manager (the domain's rules, <see cref="Domain.Enquiries.Enquiry.AllowsMarkingEnteredInErrorBy(StaffMember)"/>);
/// anyone else in the change scope is refused with 403, and a record entered in error already, or
/// not on this enquiry, is 404.
/// </summary>
[Route("/enquiries/{id:int}")]
public sealed class EnquiryEnteredInErrorController(MspDbContext db, TimeProvider time) : EnquiryController(db, time)
{
    [HttpGet("notes/{noteId:int}/entered-in-error")]
    [LoadEnquiry(RecordAccess.Edit, WithChildren = false, ClosedToo = true)]
    public async Task<IActionResult> CaseNote(int noteId) =>
        await CountingNoteAsync(noteId) is not { } note ? NotFound()
        : !Enquiry.AllowsMarkingEnteredInErrorBy(note, User.AsStaffMember()) ? Forbid()
        : NotePage(note, new EnteredInErrorForm { Version = Db.VersionOf(note) });

    [HttpPost("notes/{noteId:int}/entered-in-error")]
    [LoadEnquiry(RecordAccess.Edit, WithChildren = false, ClosedToo = true)]
    public async Task<IActionResult> CaseNote(int noteId, [Bind(Prefix = "Form")] EnteredInErrorForm form)
    {
        if (await CountingNoteAsync(noteId, tracked: true) is not { } note)
        {
            return NotFound();
        }

        var by = User.AsStaffMember();
        if (!Enquiry.AllowsMarkingEnteredInErrorBy(note, by))
        {
            return Forbid();
        }

        if (!ModelState.TryApply(() => Enquiry.MarkCaseNoteEnteredInError(note, form.Reason, by, Now), "Form")
            || !await Db.TrySaveAsync(note, form, ModelState, "Form"))
        {
            return NotePage(note, form);
        }

        return Marked("Case note", Url.Action(nameof(EnquiryNotesController.Index), "EnquiryNotes", new { id = Header.Id })!);
    }

    [HttpGet("outcomes/{outcomeId:int}/entered-in-error")]
    [LoadEnquiry(RecordAccess.Edit, ClosedToo = true)]
    public IActionResult Outcome(int outcomeId) =>
        OutcomePage(outcomeId, new EnteredInErrorForm { Version = Version });

    [HttpPost("outcomes/{outcomeId:int}/entered-in-error")]
    [LoadEnquiry(RecordAccess.Edit, ClosedToo = true)]
    public async Task<IActionResult> Outcome(int outcomeId, [Bind(Prefix = "Form")] EnteredInErrorForm form)
    {
        return await MarkAsync(OutcomePage(outcomeId, form), form,
            () => Enquiry.MarkDesiredOutcomeEnteredInError(outcomeId, form.Reason, User.AsStaffMember(), Now),
            "Desired outcome", Url.Action(nameof(EnquiryOutcomesController.Index), "EnquiryOutcomes", new { id = Header.Id })!);
    }

    [HttpGet("plan/actions/{actionId:int}/entered-in-error")]
    [LoadEnquiry(RecordAccess.Edit, ClosedToo = true)]
    public IActionResult PlanAction(int actionId) =>
        PlanActionPage(actionId, new EnteredInErrorForm { Version = Version });

    [HttpPost("plan/actions/{actionId:int}/entered-in-error")]
    [LoadEnquiry(RecordAccess.Edit, ClosedToo = true)]
    public async Task<IActionResult> PlanAction(int actionId, [Bind(Prefix = "Form")] EnteredInErrorForm form)
    {
        return await MarkAsync(PlanActionPage(actionId, form), form,
            () => Enquiry.MarkPlanActionEnteredInError(actionId, form.Reason, User.AsStaffMember(), Now),
            "Plan action", Url.Action(nameof(EnquiryPlanController.Index), "EnquiryPlan", new { id = Header.Id })!);
    }

    /// <summary>
    /// Marks one of the enquiry's own records (<paramref name="mark"/>) when its page (<paramref name="page"/>)
    /// could be shown; otherwise answers with what the page answered (404, 403).
    /// </summary>
    private async Task<IActionResult> MarkAsync(IActionResult page, EnteredInErrorForm form, Action mark, string what, string listUrl) =>
        page is ViewResult && await TryChangeAsync(form, mark) ? Marked(what, listUrl) : page;

    private async Task<CaseNote?> CountingNoteAsync(int noteId, bool tracked = false)
    {
        var notes = Db.CaseNotes.ThatCount().Where(n => n.Id == noteId && n.EnquiryId == Header.Id);
        return await (tracked ? notes : notes.AsNoTracking()).SingleOrDefaultAsync();
    }

    private ViewResult NotePage(CaseNote note, EnteredInErrorForm form) =>
        Page("case note", $"{note.OccurredOn.ToGovUk()}, {note.Type.ToLabel()}: {note.Text}",
            Url.Action(nameof(CaseNote), new { id = Header.Id, noteId = note.Id })!,
            Url.Action(nameof(EnquiryNotesController.Index), "EnquiryNotes", new { id = Header.Id })!, "Back to case notes", form);

    private IActionResult OutcomePage(int outcomeId, EnteredInErrorForm form)
    {
        var outcome = Enquiry.DesiredOutcomes.ThatCount().FirstOrDefault(o => o.Id == outcomeId);
        if (outcome is null)
        {
            return NotFound();
        }

        return !Enquiry.AllowsMarkingEnteredInErrorBy(User.AsStaffMember()) ? Forbid()
            : Page("desired outcome", $"“{outcome.Words}” ({outcome.Category.ToLabel()})",
                Url.Action(nameof(Outcome), new { id = Header.Id, outcomeId })!,
                Url.Action(nameof(EnquiryOutcomesController.Index), "EnquiryOutcomes", new { id = Header.Id })!, "Back to desired outcomes", form);
    }

    private IActionResult PlanActionPage(int actionId, EnteredInErrorForm form)
    {
        var action = Enquiry.PlanActions.ThatCount().FirstOrDefault(a => a.Id == actionId);
        if (action is null)
        {
            return NotFound();
        }

        return !Enquiry.AllowsMarkingEnteredInErrorBy(User.AsStaffMember()) ? Forbid()
            : Page("plan action", $"{action.What} ({action.Who}, due {action.DueOn.ToGovUk()})",
                Url.Action(nameof(PlanAction), new { id = Header.Id, actionId })!,
                Url.Action(nameof(EnquiryPlanController.Index), "EnquiryPlan", new { id = Header.Id })!, "Back to the safeguarding plan", form);
    }

    private ViewResult Page(string what, string record, string action, string back, string backText, EnteredInErrorForm form) =>
        View("EnteredInError", new EnteredInErrorPage(what, Header.Caption, record, action, back, backText, form));

    private RedirectResult Marked(string what, string list)
    {
        TempData[NotificationBannerTagHelper.SuccessKey] = $"{what} marked as entered in error";
        return Redirect(list);
    }
}
