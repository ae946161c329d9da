using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.People;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Concerns;
using MspCaseManager.Web.Features.Enquiries;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.People;

/// <summary>
/// Find an adult, record a new one (checking first that they are not already recorded), see
/// everything about them on one page, and correct their details.
/// </summary>
[Authorize(Roles = Roles.CaseWorkers)]
[Route("/people")]
public sealed class PeopleController(
    MspDbContext db,
    TimeProvider time,
    IValidator<PersonForm> validator,
    IValidator<PersonSearchForm> searchValidator) : Controller
{
    private Adult Adult => HttpContext.Loaded<Adult>();

    public sealed record SearchPage(PersonSearchForm Form, PagedList<PeopleQueries.PersonRow>? Results, string Query);

    public sealed record PossibleMatches(IReadOnlyList<PeopleQueries.MatchCandidate> Visible, int HiddenCount, bool NhsNumberTaken)
    {
        public static PossibleMatches None { get; } = new([], 0, false);

        public bool Any => Visible.Count > 0 || HiddenCount > 0;
    }

    public sealed record CreatePage(PersonForm Form, PossibleMatches Matches);

    public sealed record EditPage(int Id, string Name, PersonForm Form);

    /// <summary>How a concern or enquiry entered in error shows in a safeguarding lead's history (nobody else sees it).</summary>
    private const string EnteredInErrorLabel = "Entered in error";

    private const string EnteredInErrorTag = "govuk-tag--red";

    public sealed record HistoryItem(DateOnly Date, string What, string Href, string Team, string Status, string TagColour);

    /// <summary>
    /// The person page. <paramref name="CanRecordConcern"/>: any practitioner who can read it;
    /// <paramref name="CanEdit"/>: in the user's change scope; <paramref name="CanRestrict"/>: the
    /// team's managers; <paramref name="CanSeeAudit"/>: safeguarding leads.
    /// </summary>
    public sealed record PersonPage(
        Adult Adult, DateOnly Today, int RecentConcerns, IReadOnlyList<HistoryItem> History,
        bool CanRecordConcern, bool CanEdit, bool CanRestrict, bool CanSeeAudit, int Version);

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery][Bind(Prefix = "Form")] PersonSearchForm form, int page = 1)
    {
        ModelState.Clear();
        if (form.IsEmpty && !Request.Query.ContainsKey("Form.Name"))
        {
            return View(new SearchPage(form, null, string.Empty));
        }

        ModelState.AddValidationErrors(await searchValidator.ValidateAsync(form), "Form");
        if (!ModelState.IsValid)
        {
            return View(new SearchPage(form, null, string.Empty));
        }

        NhsNumber.TryParse(form.NhsNumber, out var nhsNumber);
        var results = await PeopleQueries.Search(db.FindableAdults(User), db.VisibleAdults(User), form.Name, form.DateOfBirth.ToDate(), nhsNumber)
            .ToPagedListAsync(page);
        var query = QueryString.Create(new KeyValuePair<string, string?>[] {
            new("Form.Name", form.Name),
            new("Form.DateOfBirth.Day", form.DateOfBirth.Day),
            new("Form.DateOfBirth.Month", form.DateOfBirth.Month),
            new("Form.DateOfBirth.Year", form.DateOfBirth.Year),
            new("Form.NhsNumber", form.NhsNumber) }).ToString();
        return View(new SearchPage(form, results, query));
    }

    [HttpGet("new")]
    [Authorize(Roles = Roles.Practitioners)]
    public IActionResult Create([FromQuery][Bind(Prefix = "Form")] PersonSearchForm search)
    {
        // Carry what was searched for into the new record, so it is not typed twice.
        var words = (search.Name ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var form = new PersonForm
        {
            FirstName = words.Length > 1 ? string.Join(' ', words[..^1]) : null,
            LastName = words.Length > 0 ? words[^1] : null,
            DateOfBirth = search.DateOfBirth,
            NhsNumber = search.NhsNumber,
        };
        ModelState.Clear();
        return View(new CreatePage(form, PossibleMatches.None));
    }

    [HttpPost("new")]
    [Authorize(Roles = Roles.Practitioners)]
    public async Task<IActionResult> Create(PersonForm form)
    {
        ModelState.AddValidationErrors(await validator.ValidateAsync(form));
        if (!ModelState.TryApply(() => new Adult(form.ToDetails(), time.Today(), User.TeamIdOf()), out var adult))
        {
            return View(new CreatePage(form, PossibleMatches.None));
        }

        var matches = await LikelyMatchesAsync(adult, exceptId: null);
        if (matches.NhsNumberTaken || (matches.Any && !form.ConfirmedNotDuplicate))
        {
            return View(new CreatePage(form, matches));
        }

        db.Adults.Add(adult);
        await db.SaveChangesAsync();
        TempData["Success"] = $"{adult.FullName} has been added";
        return Redirect(Url.ToPerson(adult.Id));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id)
    {
        var adult = await PeopleQueries.Person(db.VisibleAdults(User), id).SingleOrDefaultAsync();
        if (adult is null)
        {
            return NotFound();
        }

        var today = time.Today();
        var concerns = await PeopleQueries.Concerns(db, db.VisibleConcerns(User), id).ToListAsync();
        var enquiries = await PeopleQueries.Enquiries(db, db.VisibleEnquiries(User), id).ToListAsync();
        var recent = await PeopleQueries.RecentConcerns(db, id, today).CountAsync();
        var history = concerns
            .Select(c =>
            {
                var status = Domain.Concerns.ConcernStatuses.From(c.DecisionStatus, c.Route);
                return c.EnteredInError
                    ? new HistoryItem(c.ReceivedOn, "Safeguarding concern", Url.ToConcern(c.Id), c.Team, EnteredInErrorLabel, EnteredInErrorTag)
                    : new HistoryItem(c.ReceivedOn, "Safeguarding concern", Url.ToConcern(c.Id), c.Team, status.ToLabel(), Tags.For(status));
            })
            .Concat(enquiries.Select(e => new HistoryItem(
                e.OpenedOn, e.Type.ToLabel(), Url.ToEnquiry(e.Id), e.Team,
                e.EnteredInError ? EnteredInErrorLabel : e.Status.ToLabel() + (e.Worker is null ? " (unallocated)" : $" ({e.Worker})"),
                e.EnteredInError ? EnteredInErrorTag : Tags.For(e.Status))))
            .OrderByDescending(h => h.Date)
            .ToList();
        var canEdit = await db.EditableAdults(User).AnyAsync(a => a.Id == id);
        var canRestrict = await db.RestrictableAdults(User).AnyAsync(a => a.Id == id);
        var isPractitioner = User.IsInRole(Roles.SocialWorker) || User.IsInRole(Roles.TeamManager);
        var version = await db.Adults.Where(a => a.Id == id).Select(a => EF.Property<int>(a, RowVersions.PropertyName)).SingleAsync();
        return View(new PersonPage(adult, today, recent, history, isPractitioner, canEdit, canRestrict, User.IsInRole(Roles.SafeguardingLead), version));
    }

    [HttpGet("{id:int}/edit")]
    [Authorize(Roles = Roles.Practitioners)]
    [LoadAdult]
    public IActionResult Edit(int id)
    {
        var adult = Adult;
        return View(new EditPage(id, adult.FullName, PersonForm.From(adult, db.VersionOf(adult))));
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Roles = Roles.Practitioners)]
    [LoadAdult]
    public async Task<IActionResult> Edit(int id, PersonForm form)
    {
        var adult = Adult;
        var name = adult.FullName;
        ModelState.AddValidationErrors(await validator.ValidateAsync(form));
        ModelState.TryApply(() => adult.UpdateDetails(form.ToDetails(), time.Today()));

        if (ModelState.IsValid && adult.NhsNumber is { } nhs && await db.Adults.AnyAsync(a => a.Id != id && a.NhsNumber == nhs))
        {
            ModelState.AddModelError(nameof(PersonForm.NhsNumber), "Another person is already recorded with this NHS number");
        }

        if (!ModelState.IsValid)
        {
            return View(new EditPage(id, name, form));
        }

        if (!await db.TrySaveAsync(adult, form, ModelState, onConflict: () => SavedNow.Show(ViewData, PersonForm.From(adult, db.VersionOf(adult)), prefix: null)))
        {
            return View(new EditPage(id, name, form));
        }

        TempData["Success"] = "Details saved";
        return Redirect(Url.ToPerson(id));
    }

    /// <summary>
    /// Likely matches: those the user may see are listed; others are only counted, so nothing
    /// about another team's adult is shown. An NHS number already recorded for anyone is refused
    /// outright (it identifies one person); other likely matches ask for confirmation.
    /// </summary>
    private async Task<PossibleMatches> LikelyMatchesAsync(Adult adult, int? exceptId)
    {
        var proposed = AdultMatchDetails.Of(adult);
        var candidates = (await PeopleQueries.MatchCandidates(db.Adults, adult.DateOfBirth, adult.NhsNumber, exceptId).ToListAsync())
            .Where(c => AdultMatching.IsLikelyMatch(new AdultMatchDetails(c.FirstName, c.LastName, c.DateOfBirth, c.NhsNumber), proposed))
            .ToList();
        var ids = candidates.Select(c => c.Id).ToList();
        var visibleIds = await db.VisibleAdults(User).Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync();
        var visible = candidates.Where(c => visibleIds.Contains(c.Id)).ToList();

        var taken = adult.NhsNumber is not null && candidates.Any(c => c.NhsNumber == adult.NhsNumber);
        if (taken)
        {
            ModelState.AddModelError(nameof(PersonForm.NhsNumber), visible.Any(c => c.NhsNumber == adult.NhsNumber)
                ? "A person with this NHS number is already recorded: use their record"
                : "A person with this NHS number is already recorded by another team. Ask a safeguarding lead to find their record");
        }

        return new PossibleMatches(visible, candidates.Count - visible.Count, taken);
    }
}
