using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.CaseNotes;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Enquiries.CaseNotes;

/// <summary>
/// The case-note chronology. Notes are their own aggregate and append-only: writing one does not
/// change the enquiry, and a correction is a new note that refers to the note it corrects.
/// </summary>
[Route("/enquiries/{id:int}/notes")]
public sealed class EnquiryNotesController(MspDbContext db, TimeProvider time, IValidator<CaseNoteForm> validator)
    : EnquiryEditController(db, time)
{
    public sealed record NotesPage(EnquiryHeader Enquiry, PagedList<CaseNoteQueries.Row> Notes, bool CanEdit);

    public sealed record NotePage(EnquiryHeader Enquiry, CaseNoteForm Form, CaseNote? Corrects);

    [HttpGet("")]
    public async Task<IActionResult> Index(int id, int page = 1)
    {
        var enquiry = await Db.VisibleEnquiries(User).Where(e => e.Id == id).Select(e => new { e.Id, e.Status }).SingleOrDefaultAsync();
        if (enquiry is null)
        {
            return NotFound();
        }

        var header = await EnquiryQueries.HeaderOf(Db, id).SingleAsync();
        var canEdit = enquiry.Status != Domain.Enquiries.EnquiryStatus.Closed && await Db.EditableEnquiries(User).AnyAsync(e => e.Id == id);
        var notes = await CaseNoteQueries.Chronology(Db, id).ToPagedListAsync(page);
        return View("Notes", new NotesPage(header, notes, canEdit));
    }

    [HttpGet("new")]
    public Task<IActionResult> Write(int id) => FormAsync(id, (_, header, _) =>
        NoteView(header, new CaseNoteForm { OccurredOn = DateInput.From(Today) }, null));

    [HttpPost("new")]
    public Task<IActionResult> Write(int id, [Bind(Prefix = "Form")] CaseNoteForm form) => WriteAsync(id, form, null);

    [HttpGet("{noteId:int}/correct")]
    public async Task<IActionResult> Correct(int id, int noteId)
    {
        var corrected = await NoteAsync(id, noteId);
        var corrections = await CorrectionsAsync(noteId);
        return corrected is null ? NotFound() : await FormAsync(id, (_, header, _) => NoteView(header, new CaseNoteForm
        {
            OccurredOn = DateInput.From(corrected.OccurredOn),
            Type = corrected.Type,
            Text = corrected.Text,
            Version = corrections,
        }, corrected));
    }

    [HttpPost("{noteId:int}/correct")]
    public Task<IActionResult> Correct(int id, int noteId, [Bind(Prefix = "Form")] CaseNoteForm form) => WriteAsync(id, form, noteId);

    private async Task<IActionResult> WriteAsync(int id, CaseNoteForm form, int? correctsNoteId)
    {
        var (enquiry, refusal) = await EditableAsync(id);
        if (enquiry is null)
        {
            return refusal!;
        }

        var corrected = correctsNoteId is { } noteId ? await NoteAsync(id, noteId) : null;
        if (correctsNoteId is not null && corrected is null)
        {
            return NotFound();
        }

        ModelState.AddValidationErrors(await validator.ValidateAsync(form), "Form");
        CaseNote? note = null;
        ModelState.TryApply(() => note = corrected is null
            ? enquiry.WriteCaseNote(form.ToDetails(), User.UserId(), Now, Today)
            : enquiry.WriteCorrection(corrected, form.ToDetails(), User.UserId(), Now, Today), "Form");

        if (note is not null && corrected is not null && await CorrectionsAsync(corrected.Id) != form.Version)
        {
            ModelState.AddModelError(string.Empty, VersionedSave.ConcurrencyMessage);
        }

        if (note is null || !ModelState.IsValid)
        {
            return NoteView(await HeaderAsync(enquiry), form, corrected);
        }

        Db.CaseNotes.Add(note);
        await Db.SaveChangesAsync();
        TempData["Success"] = corrected is null ? "Note added" : "Correction added";
        return Redirect($"/enquiries/{id}/notes");
    }

    private Task<CaseNote?> NoteAsync(int enquiryId, int noteId) =>
        Db.CaseNotes.AsNoTracking().SingleOrDefaultAsync(n => n.Id == noteId && n.EnquiryId == enquiryId);

    private Task<int> CorrectionsAsync(int noteId) => Db.CaseNotes.CountAsync(n => n.CorrectsNoteId == noteId);

    private ViewResult NoteView(EnquiryHeader header, CaseNoteForm form, CaseNote? corrects) =>
        View("CaseNote", new NotePage(header, form, corrects));
}
