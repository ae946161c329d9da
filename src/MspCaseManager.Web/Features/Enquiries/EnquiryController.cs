using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
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
    /// Changes what the user saw in a section of the enquiry (an edit): applies
    /// <paramref name="change"/> and saves it; on success goes to <paramref name="returnTo"/> (the
    /// overview by default) saying <paramref name="success"/>, otherwise shows
    /// <paramref name="redisplay"/> with what was typed. When someone else saved the enquiry after
    /// the form was opened, nothing is saved and the form shows who and when, against the enquiry
    /// as it is now (see <see cref="TryChangeAsync{TForm}"/>).
    /// </summary>
    protected async Task<IActionResult> SaveAsync<TForm>(
        TForm form, Action<Enquiry> change, Func<IActionResult> redisplay, string success, string? returnTo = null, Func<TForm?>? savedNow = null)
        where TForm : class, IVersionedForm =>
        await TryChangeAsync(form, () => change(Enquiry), savedNow) ? Saved(success, returnTo) : redisplay();

    /// <summary>
    /// Adds to one of the enquiry's lists (an outcome, a plan action, a meeting, a referral, an
    /// assessment, a referral's next status): like <see cref="SaveAsync{TForm}"/>, but what anyone
    /// else saved meanwhile does not stop it (see <see cref="TryAppendAsync{TForm}"/>).
    /// </summary>
    protected async Task<IActionResult> AppendAsync<TForm>(
        TForm form, Action<Enquiry> change, Func<IActionResult> redisplay, string success, string? returnTo = null)
        where TForm : class, IVersionedForm =>
        await TryAppendAsync(form, () => change(Enquiry)) ? Saved(success, returnTo) : redisplay();

    /// <summary>
    /// The steps of <see cref="SaveAsync{TForm}"/> without the redirect, for pages that do more
    /// after saving. False when the form must be shown again. Shape errors are not checked on a
    /// closed enquiry, so that the enquiry's own refusal is what the user sees.
    /// <para>
    /// An edit is only saved over the version the form was opened at: when the enquiry has moved
    /// on (found now, or by the save itself), the page shows the enquiry as it is now, the conflict
    /// message says who changed it and when, the input is kept, and the form carries the current
    /// version, so saving again applies what was typed to the current record.
    /// <paramref name="savedNow"/> builds the form as it would open now (as the page's GET does),
    /// so that each field says what is saved now where it differs from what was typed.
    /// </para>
    /// </summary>
    protected async Task<bool> TryChangeAsync<TForm>(TForm form, Action change, Func<TForm?>? savedNow = null)
        where TForm : class, IVersionedForm
    {
        await ValidateShapeAsync(form);
        if (form.Version != Version && !Enquiry.IsClosed)
        {
            await ShowConflictAsync(form, savedNow);
            return false;
        }

        if (!await TryApplyAsync(change))
        {
            return false;
        }

        Db.ExpectVersion(Enquiry, form.Version);
        try
        {
            await Db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            await ReloadAsync();
            await ShowConflictAsync(form, savedNow);
            return false;
        }
    }

    /// <summary>
    /// The steps of <see cref="AppendAsync{TForm}"/> without the redirect. An addition does not
    /// depend on the rest of the enquiry being as the user saw it, so it is applied to the enquiry
    /// as loaded for this request and saved over that version; when someone saves in between,
    /// the enquiry is read again and <paramref name="change"/> runs again on it (the domain checks
    /// its rules on the current enquiry and may now refuse) — each attempt one save, on the one save path.
    /// </summary>
    protected async Task<bool> TryAppendAsync<TForm>(TForm form, Action change)
        where TForm : class, IVersionedForm
    {
        await ValidateShapeAsync(form);
        for (var attempt = 1; ; attempt++)
        {
            if (!await TryApplyAsync(change))
            {
                return false;
            }

            Db.ExpectVersion(Enquiry, form.Version = Version);
            try
            {
                await Db.SaveChangesAsync();
                return true;
            }
            catch (DbUpdateConcurrencyException)
            {
                if (!await ReloadAsync() || attempt == AppendAttempts)
                {
                    await ShowConflictAsync(form);
                    return false;
                }
            }
        }
    }

    /// <summary>
    /// How many times an addition is tried against an enquiry that others keep saving. Each failed
    /// attempt means another save landed after the enquiry was last read, so this many attempts
    /// always succeed while fewer than this many others are saving the enquiry at the same moment.
    /// </summary>
    private const int AppendAttempts = 5;

    /// <summary>
    /// Adds a record that is its own aggregate but is made by the enquiry (a case note): the form's
    /// shape checks, the domain's rules (<paramref name="create"/>, which may also refuse with a
    /// conflict of its own through <paramref name="conflict"/>), then the insert. The enquiry itself
    /// does not change, so its version is not checked. False when the form must be shown again.
    /// </summary>
    protected async Task<bool> TryAddAsync<TForm, TRecord>(TForm form, Func<TRecord> create, Func<Task<bool>>? conflict = null)
        where TRecord : class
    {
        await ValidateShapeAsync(form);
        if (!ModelState.TryApply(create, out var record, "Form"))
        {
            return false;
        }

        if (conflict is not null && await conflict())
        {
            ModelState.AddModelError(string.Empty, VersionedSave.ConflictMessage(null));
            return false;
        }

        db.Add(record);
        await db.SaveChangesAsync();
        return true;
    }

    private RedirectResult Saved(string success, string? returnTo)
    {
        TempData[NotificationBannerTagHelper.SuccessKey] = success;
        return Redirect(returnTo ?? Overview);
    }

    /// <summary>The form's shape checks (its validator, if it has one); not on a closed enquiry, whose own refusal is what counts.</summary>
    private async Task ValidateShapeAsync<TForm>(TForm form)
    {
        if (!Enquiry.IsClosed)
        {
            ModelState.AddValidationErrors(await ValidateAsync(form), "Form");
        }
    }

    /// <summary>
    /// Puts <paramref name="change"/> to the enquiry even when the form has shape errors, so that
    /// every refusal is shown at once. When it had, whatever the enquiry accepted is forgotten by
    /// reading the enquiry again, so the page shown again is the enquiry as stored.
    /// </summary>
    private async Task<bool> TryApplyAsync(Action change)
    {
        var shapeValid = ModelState.IsValid;
        if (ModelState.TryApply(change, "Form"))
        {
            return true;
        }

        if (!shapeValid)
        {
            await ReloadAsync();
        }

        return false;
    }

    /// <summary>
    /// Forgets the enquiry as loaded (and anything the failed save changed in it) and loads it
    /// again as it is now stored, for the rest of the request. False when it is no longer in this
    /// user's scope (the stale copy stays, and nothing is saved).
    /// </summary>
    private async Task<bool> ReloadAsync()
    {
        var stale = Current;
        Db.DetachAggregate(stale.Record);
        if (await stale.ReloadAsync() is not { } current)
        {
            return false;
        }

        HttpContext.Features.Set(current);
        return true;
    }

    /// <summary>The conflict on the form: who changed the enquiry and when, and the form moved to the current version.</summary>
    private async Task ShowConflictAsync<TForm>(TForm form, Func<TForm?>? savedNow = null)
        where TForm : class, IVersionedForm
    {
        await ModelState.ShowConflictAsync(Db, Enquiry, form, "Form");
        if (savedNow?.Invoke() is { } current)
        {
            SavedNow.Show(ViewData, current);
        }
    }

    private Task<ValidationResult> ValidateAsync<TForm>(TForm form) =>
        HttpContext.RequestServices.GetService<IValidator<TForm>>() is { } validator
            ? validator.ValidateAsync(form)
            : Task.FromResult(new ValidationResult());
}
