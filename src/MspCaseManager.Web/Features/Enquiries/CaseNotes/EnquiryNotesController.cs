using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.CaseNotes;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Display;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Enquiries.CaseNotes;

/// <summary>
/// The case-note chronology. Notes are their own aggregate and append-only: writing one does not
/// change the enquiry (nor load its sections), and a correction is a new note that refers to the
/// note it corrects.
/// </summary>
[Route("/enquiries/{id:int}/notes")]
public sealed class EnquiryNotesController(MspDbContext db, TimeProvider time) : EnquiryController(db, time)
{
    /// <summary>The chronology; <c>CanMarkEnteredInError</c> says whether this user may mark a note entered in error (the domain's rule, by its author).</summary>
    public sealed record NotesPage(EnquiryHeader Enquiry, PagedList<CaseNoteQueries.Row> Notes, bool CanEdit, Func<CaseNoteQueries.Row, bool> CanMarkEnteredInError);

    public sealed record NotePage(EnquiryHeader Enquiry, CaseNoteForm Form, CaseNote? Corrects);

    [HttpGet("")]
    [LoadEnquiry(RecordAccess.Read, WithChildren = false)]
    public async Task<IActionResult> Index(int page = 1)
    {
        var notes = await CaseNoteQueries.Chronology(Db, Header.Id, withEnteredInError: User.IsInRole(Roles.SafeguardingLead)).ToPagedListAsync(page);
        var by = User.AsStaffMember();
        var inScope = Current.InChangeScope;
        return View("Notes", new NotesPage(Header, notes, Current.CanEdit,
            n => inScope && !n.IsEnteredInError && Enquiry.AllowsMarkingCaseNoteEnteredInErrorBy(n.WrittenByUserId, by)));
    }

    [HttpGet("new")]
    [LoadEnquiry(RecordAccess.Edit, WithChildren = false)]
    public IActionResult Write() => NoteView(new CaseNoteForm { OccurredOn = DateInput.From(Today) }, null);

    [HttpPost("new")]
    [LoadEnquiry(RecordAccess.Edit, WithChildren = false)]
    public Task<IActionResult> Write([Bind(Prefix = "Form")] CaseNoteForm form) => WriteAsync(form, null);

    [HttpGet("{noteId:int}/correct")]
    [LoadEnquiry(RecordAccess.Edit, WithChildren = false)]
    public async Task<IActionResult> Correct(int noteId) => await NoteAsync(noteId) is not { } corrected
        ? NotFound()
        : NoteView(new CaseNoteForm
        {
            OccurredOn = DateInput.From(corrected.OccurredOn),
            Type = corrected.Type,
            Text = corrected.Text,
            Version = await CorrectionsAsync(noteId),
        }, corrected);

    [HttpPost("{noteId:int}/correct")]
    [LoadEnquiry(RecordAccess.Edit, WithChildren = false)]
    public async Task<IActionResult> Correct(int noteId, [Bind(Prefix = "Form")] CaseNoteForm form) =>
        await NoteAsync(noteId) is { } corrected ? await WriteAsync(form, corrected) : NotFound();

    private async Task<IActionResult> WriteAsync(CaseNoteForm form, CaseNote? corrected)
    {
        var written = await TryAddAsync(form,
            () => corrected is null
                ? Enquiry.WriteCaseNote(form.ToDetails(), User.UserId(), Now, Today)
                : Enquiry.WriteCorrection(corrected, form.ToDetails(), User.UserId(), Now, Today),
            // A note is never changed, so a correction made by someone else meanwhile is the conflict.
            corrected is null ? null : async () => await CorrectionsAsync(corrected.Id) != form.Version);
        if (!written)
        {
            return NoteView(form, corrected);
        }

        TempData[NotificationBannerTagHelper.SuccessKey] = corrected is null ? "Note added" : "Correction added";
        return Redirect(PageOf(nameof(Index)));
    }

    private Task<CaseNote?> NoteAsync(int noteId) =>
        Db.CaseNotes.AsNoTracking().ThatCount().SingleOrDefaultAsync(n => n.Id == noteId && n.EnquiryId == Header.Id);

    private Task<int> CorrectionsAsync(int noteId) => Db.CaseNotes.CountAsync(n => n.CorrectsNoteId == noteId);

    private ViewResult NoteView(CaseNoteForm form, CaseNote? corrects) => View("CaseNote", new NotePage(Header, form, corrects));
}
