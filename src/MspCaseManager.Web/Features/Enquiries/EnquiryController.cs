using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Display;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Enquiries;

/// <summary>Who the enquiry is about, shown above every enquiry page.</summary>
public sealed record EnquiryHeader(int Id, string AdultName, EnquiryType Type)
{
    /// <summary>"Margaret Holloway, section 42 enquiry".</summary>
    public string Caption => $"{AdultName}, {Type.ToLabel().ToLowerInvariant()}";
}

/// <summary>A form page in an enquiry: the header and the form as typed.</summary>
public sealed record EnquiryFormPage<TForm>(EnquiryHeader Enquiry, TForm Form);

/// <summary>
/// A section page: the enquiry as recorded (read only) and whether this user may record in it.
/// <c>CanMarkEnteredInError</c>: whether they may mark the section's records entered in error (the
/// domain's rule, within the change scope). <c>EnteredInError</c>: for safeguarding leads, who
/// marked each of the section's records entered in error (id → name); leads see those records,
/// marked, and everyone else (null) only the records that count.
/// </summary>
public sealed record EnquirySectionPage(
    EnquiryHeader Enquiry, Enquiry Record, bool CanEdit, bool CanMarkEnteredInError = false, IReadOnlyDictionary<string, string>? EnteredInError = null)
{
    /// <summary>The records to list: all of them, marked, for a safeguarding lead; otherwise those that count.</summary>
    public IEnumerable<T> Listed<T>(IEnumerable<T> records)
        where T : CountedRecord => EnteredInError is null ? records.ThatCount() : records;

    /// <summary>Who marked the record entered in error, by name.</summary>
    public string MarkedBy(CountedRecord record) =>
        record.EnteredInErrorByUserId is { } id && EnteredInError is not null && EnteredInError.TryGetValue(id, out var name) ? name : string.Empty;
}

/// <summary>
/// Every enquiry page is built one way. <see cref="LoadEnquiryAttribute"/> loads the enquiry and
/// refuses anyone who may not see it (or change it); the page reads it from <see cref="Current"/>;
/// a change goes through <see cref="SaveAsync{TForm}"/>: the form's shape checks (its validator,
/// if it has one), then the domain's rules against the fields, then a save that expects the
/// version the form was opened at. Any problem shows the form again with what was typed.
/// </summary>
[Authorize(Roles = Roles.CaseWorkers)]
public abstract class EnquiryController(MspDbContext db, TimeProvider time) : Controller
{
    protected MspDbContext Db => db;

    protected DateOnly Today => time.Today();

    protected DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The enquiry this page is about, loaded by <see cref="LoadEnquiryAttribute"/>.</summary>
    protected EnquiryContext Current => HttpContext.Features.GetRequiredFeature<EnquiryContext>();

    protected Enquiry Enquiry => Current.Record;

    protected EnquiryHeader Header => Current.Header;

    /// <summary>The version of the enquiry as loaded, for a form opened now.</summary>
    protected int Version => db.VersionOf(Enquiry);

    /// <summary>A section of the enquiry, for anyone who can see it.</summary>
    protected ViewResult SectionView(string view) => View(view, new EnquirySectionPage(Header, Enquiry, Current.CanEdit));

    /// <summary>
    /// A section whose records (<paramref name="records"/>) can be entered in error: listed with
    /// "Mark as entered in error" for those who may, and, for safeguarding leads, with the records
    /// entered in error shown marked.
    /// </summary>
    protected async Task<ViewResult> SectionViewAsync(string view, IEnumerable<CountedRecord> records)
    {
        var canMark = Current.InChangeScope && Enquiry.AllowsMarkingEnteredInErrorBy(User.AsStaffMember());
        var markedBy = User.IsInRole(Roles.SafeguardingLead)
            ? await StaffNames.OfAsync(db, records.Select(r => r.EnteredInErrorByUserId))
            : null;
        return View(view, new EnquirySectionPage(Header, Enquiry, Current.CanEdit, canMark, markedBy));
    }

    protected ViewResult FormView<TForm>(string view, TForm form) => View(view, new EnquiryFormPage<TForm>(Header, form));

    /// <summary>A page of this controller for this enquiry (route values are never taken from the current request).</summary>
    protected string PageOf(string action) => Url.Action(action, new { id = Header.Id })!;

    /// <summary>The enquiry's overview, where a change usually returns to.</summary>
    protected string Overview => Url.ToEnquiry(Header.Id);

    /// <summary>
    /// Applies <paramref name="change"/> to the enquiry and saves it; on success goes to
    /// <paramref name="returnTo"/> (the overview by default) saying <paramref name="success"/>,
    /// otherwise shows <paramref name="redisplay"/> with what was typed.
    /// </summary>
    protected async Task<IActionResult> SaveAsync<TForm>(
        TForm form, Action<Enquiry> change, Func<IActionResult> redisplay, string success, string? returnTo = null)
        where TForm : IVersionedForm
    {
        if (!await TryChangeAsync(form, () => change(Enquiry)))
        {
            return redisplay();
        }

        TempData[NotificationBannerTagHelper.SuccessKey] = success;
        return Redirect(returnTo ?? Overview);
    }

    /// <summary>
    /// The steps of <see cref="SaveAsync{TForm}"/> without the redirect, for pages that do more
    /// after saving. False when the form must be shown again. Shape errors are not checked on a
    /// closed enquiry, so that the enquiry's own refusal is what the user sees.
    /// </summary>
    protected async Task<bool> TryChangeAsync<TForm>(TForm form, Action change)
        where TForm : IVersionedForm
    {
        if (!Enquiry.IsClosed)
        {
            ModelState.AddValidationErrors(await ValidateAsync(form), "Form");
        }

        return ModelState.TryApply(change, "Form") && await db.TrySaveAsync(Enquiry, form.Version, ModelState);
    }

    /// <summary>
    /// Adds a record that is its own aggregate but is made by the enquiry (a case note): the form's
    /// shape checks, the domain's rules (<paramref name="create"/>, which may also refuse with a
    /// conflict of its own through <paramref name="conflict"/>), then the insert. The enquiry itself
    /// does not change, so its version is not checked. False when the form must be shown again.
    /// </summary>
    protected async Task<bool> TryAddAsync<TForm, TRecord>(TForm form, Func<TRecord> create, Func<Task<bool>>? conflict = null)
        where TRecord : class
    {
        if (!Enquiry.IsClosed)
        {
            ModelState.AddValidationErrors(await ValidateAsync(form), "Form");
        }

        TRecord? record = null;
        if (!ModelState.TryApply(() => record = create(), "Form"))
        {
            return false;
        }

        if (conflict is not null && await conflict())
        {
            ModelState.AddModelError(string.Empty, VersionedSave.ConcurrencyMessage);
            return false;
        }

        db.Add(record!);
        await db.SaveChangesAsync();
        return true;
    }

    private Task<ValidationResult> ValidateAsync<TForm>(TForm form) =>
        HttpContext.RequestServices.GetService<IValidator<TForm>>() is { } validator
            ? validator.ValidateAsync(form)
            : Task.FromResult(new ValidationResult());
}
