using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Enquiries.Outcomes;

/// <summary>Desired outcomes in the person's own words, their history, and feeling safe at the start.</summary>
[Route("/enquiries/{id:int}/outcomes")]
public sealed class EnquiryOutcomesController(MspDbContext db, TimeProvider time) : EnquiryController(db, time)
{
    public sealed record OutcomeFormPage(EnquiryHeader Enquiry, DesiredOutcomeForm Form, IReadOnlyList<GovUkOption> Speakers, DesiredOutcome? Changing);

    public sealed record OutcomeActionPage<TForm>(EnquiryHeader Enquiry, TForm Form, DesiredOutcome Outcome);

    public sealed record AskedPage(EnquiryHeader Enquiry, OutcomesAskedForm Form, IReadOnlyList<GovUkOption> Speakers);

    [HttpGet("")]
    [LoadEnquiry(RecordAccess.Read)]
    public Task<ViewResult> Index() => SectionViewAsync("Outcomes", Enquiry.DesiredOutcomes);

    [HttpGet("asked")]
    [LoadEnquiry(RecordAccess.Edit)]
    public IActionResult Asked()
    {
        var form = new OutcomesAskedForm
        {
            OutcomesAsked = Enquiry.OutcomesAsked, OutcomesNotAskedReason = Enquiry.OutcomesNotAskedReason, OutcomesNotAskedDetails = Enquiry.OutcomesNotAskedDetails, Version = Version,
        };
        form.SetSpeaker(Enquiry.OutcomesAskedRepresentative, Enquiry);
        return AskedView(form);
    }

    [HttpPost("asked")]
    [LoadEnquiry(RecordAccess.Edit)]
    public Task<IActionResult> Asked([Bind(Prefix = "Form")] OutcomesAskedForm form) =>
        SaveAsync(form, e => e.RecordOutcomesAsked(form.OutcomesAsked, form.ToSpokenBy(), form.OutcomesNotAskedReason, form.OutcomesNotAskedDetails),
            () => AskedView(form), "Answer saved", PageOf(nameof(Index)));

    [HttpGet("new")]
    [LoadEnquiry(RecordAccess.Edit)]
    public IActionResult Add() =>
        OutcomeView(new DesiredOutcomeForm { On = DateInput.From(Today), Who = SpokenByForm.Adult, Version = Version }, null);

    [HttpPost("new")]
    [LoadEnquiry(RecordAccess.Edit)]
    public Task<IActionResult> Add([Bind(Prefix = "Form")] DesiredOutcomeForm form) =>
        AppendAsync(form, e => e.AddDesiredOutcome(form.ToDetails(), form.ToSpokenBy(), User.UserId(), Now, Today),
            () => OutcomeView(form, null), "Outcome added", PageOf(nameof(Index)));

    [HttpGet("{outcomeId:int}/change")]
    [LoadEnquiry(RecordAccess.Edit)]
    public IActionResult Change(int outcomeId) => CurrentOutcome(outcomeId) is not { } outcome
        ? NotFound()
        : OutcomeView(ChangeForm(outcome, DateInput.From(Today)), outcome);

    [HttpPost("{outcomeId:int}/change")]
    [LoadEnquiry(RecordAccess.Edit)]
    public Task<IActionResult> Change(int outcomeId, [Bind(Prefix = "Form")] DesiredOutcomeForm form)
    {
        form.Who = SpokenByForm.Adult;
        return CurrentOutcome(outcomeId) is not { } outcome
            ? Task.FromResult<IActionResult>(NotFound())
            : SaveAsync(form, e => e.ChangeDesiredOutcome(outcomeId, form.ToDetails(), User.UserId(), Now, Today),
                () => OutcomeView(form, outcome), "Outcome changed", PageOf(nameof(Index)),
                savedNow: () => CurrentOutcome(outcomeId) is { } saved ? ChangeForm(saved, form.On) : null);
    }

    /// <summary>The form for changing an outcome, as it opens (said on <paramref name="on"/>).</summary>
    private DesiredOutcomeForm ChangeForm(DesiredOutcome outcome, DateInput on) => new()
    {
        Words = outcome.Words, Category = outcome.Category, On = on, Who = SpokenByForm.Adult, Version = Version,
    };

    [HttpGet("{outcomeId:int}/may-not-be-achievable")]
    [LoadEnquiry(RecordAccess.Edit)]
    public IActionResult MayNotBeAchievable(int outcomeId) =>
        OutcomeActionView("MayNotBeAchievable", outcomeId,
            new MayNotBeAchievableForm { ExplainedMayNotBeAchievableOn = DateInput.From(Today), Version = Version });

    [HttpPost("{outcomeId:int}/may-not-be-achievable")]
    [LoadEnquiry(RecordAccess.Edit)]
    public Task<IActionResult> MayNotBeAchievable(int outcomeId, [Bind(Prefix = "Form")] MayNotBeAchievableForm form) =>
        SaveOutcomeActionAsync(outcomeId, form,
            e => e.MarkOutcomeMayNotBeAchievable(outcomeId, form.ExplainedMayNotBeAchievableOn.ToDate(), form.MayNotBeAchievableNote, Today),
            "MayNotBeAchievable", "Outcome marked as may not be achievable");

    [HttpGet("{outcomeId:int}/withdraw")]
    [LoadEnquiry(RecordAccess.Edit)]
    public IActionResult Withdraw(int outcomeId) =>
        OutcomeActionView("Withdraw", outcomeId, new WithdrawOutcomeForm { WithdrawnOn = DateInput.From(Today), Version = Version });

    [HttpPost("{outcomeId:int}/withdraw")]
    [LoadEnquiry(RecordAccess.Edit)]
    public Task<IActionResult> Withdraw(int outcomeId, [Bind(Prefix = "Form")] WithdrawOutcomeForm form) =>
        SaveOutcomeActionAsync(outcomeId, form,
            e => e.WithdrawDesiredOutcome(outcomeId, form.WithdrawnOn.ToDate(), form.WithdrawnReason, User.UserId(), Today),
            "Withdraw", "Outcome withdrawn");

    [HttpGet("feeling-safe")]
    [LoadEnquiry(RecordAccess.Edit)]
    public IActionResult FeelingSafe() => FormView("FeelingSafe", new FeelingSafeForm
    {
        Score = FeelingSafeAnswer.From(Enquiry.FeelingSafeAtStart),
        NotAskedReason = Enquiry.FeelingSafeAtStart?.NotAskedReason,
        Version = Version,
    });

    [HttpPost("feeling-safe")]
    [LoadEnquiry(RecordAccess.Edit)]
    public Task<IActionResult> FeelingSafe([Bind(Prefix = "Form")] FeelingSafeForm form) =>
        SaveAsync(form, e => e.RecordFeelingSafeAtStart(form.WasAsked, form.ScoreValue, form.WasAsked == true ? null : form.NotAskedReason),
            () => FormView("FeelingSafe", form), "Feeling safe recorded", PageOf(nameof(Index)));

    /// <summary>An outcome the person still wants; null for a withdrawn one, one entered in error, or one that is not on this enquiry.</summary>
    private DesiredOutcome? CurrentOutcome(int outcomeId) => Enquiry.CurrentDesiredOutcomes.FirstOrDefault(o => o.Id == outcomeId);

    private Task<IActionResult> SaveOutcomeActionAsync<TForm>(int outcomeId, TForm form, Action<Domain.Enquiries.Enquiry> change, string view, string success)
        where TForm : class, IVersionedForm =>
        CurrentOutcome(outcomeId) is null
            ? Task.FromResult<IActionResult>(NotFound())
            : SaveAsync(form, change, () => OutcomeActionView(view, outcomeId, form), success, PageOf(nameof(Index)));

    private ViewResult AskedView(OutcomesAskedForm form) => View("OutcomesAsked", new AskedPage(Header, form, SpokenByForm.Choices(Enquiry)));

    private ViewResult OutcomeView(DesiredOutcomeForm form, DesiredOutcome? changing) =>
        View("Outcome", new OutcomeFormPage(Header, form, SpokenByForm.Choices(Enquiry), changing));

    private IActionResult OutcomeActionView<TForm>(string view, int outcomeId, TForm form) =>
        CurrentOutcome(outcomeId) is { } outcome ? View(view, new OutcomeActionPage<TForm>(Header, form, outcome)) : NotFound();
}
