using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Enquiries.Outcomes;

/// <summary>Desired outcomes in the person's own words, their history, and feeling safe at the start.</summary>
[Route("/enquiries/{id:int}/outcomes")]
public sealed class EnquiryOutcomesController(
    MspDbContext db,
    TimeProvider time,
    IValidator<OutcomesAskedForm> askedValidator,
    IValidator<DesiredOutcomeForm> outcomeValidator,
    IValidator<MayNotBeAchievableForm> achievableValidator,
    IValidator<WithdrawOutcomeForm> withdrawValidator,
    IValidator<FeelingSafeForm> feelingSafeValidator) : EnquiryEditController(db, time)
{
    public sealed record OutcomeFormPage(EnquiryHeader Enquiry, DesiredOutcomeForm Form, IReadOnlyList<GovUkOption> Speakers, DesiredOutcome? Changing);

    public sealed record OutcomeActionPage<TForm>(EnquiryHeader Enquiry, TForm Form, DesiredOutcome Outcome);

    public sealed record AskedPage(EnquiryHeader Enquiry, OutcomesAskedForm Form, IReadOnlyList<GovUkOption> Speakers);

    [HttpGet("")]
    public Task<IActionResult> Index(int id) => SectionAsync(id, "Outcomes");

    [HttpGet("asked")]
    public Task<IActionResult> Asked(int id) => FormAsync(id, (e, header, version) =>
    {
        var form = new OutcomesAskedForm
        {
            OutcomesAsked = e.OutcomesAsked, OutcomesNotAskedReason = e.OutcomesNotAskedReason, OutcomesNotAskedDetails = e.OutcomesNotAskedDetails, Version = version,
        };
        form.SetSpeaker(e.OutcomesAskedRepresentative, e);
        return AskedView(e, header, form);
    });

    [HttpPost("asked")]
    public async Task<IActionResult> Asked(int id, [Bind(Prefix = "Form")] OutcomesAskedForm form) =>
        await SaveAsync(id, form.Version, await askedValidator.ValidateAsync(form),
            e => e.RecordOutcomesAsked(form.OutcomesAsked, form.WasAsked ? form.Speaker(e) : null, form.OutcomesNotAskedReason, form.OutcomesNotAskedDetails),
            (e, header) => AskedView(e, header, form), "Answer saved", Section(id));

    [HttpGet("new")]
    public Task<IActionResult> Add(int id) => FormAsync(id, (e, header, version) =>
        OutcomeView(e, header, new DesiredOutcomeForm { On = DateInput.From(Today), Who = SpokenByForm.Adult, Version = version }, null));

    [HttpPost("new")]
    public async Task<IActionResult> Add(int id, [Bind(Prefix = "Form")] DesiredOutcomeForm form) =>
        await SaveAsync(id, form.Version, await outcomeValidator.ValidateAsync(form),
            e => e.AddDesiredOutcome(form.ToDetails(), form.Speaker(e), User.UserId(), Now, Today),
            (e, header) => OutcomeView(e, header, form, null), "Outcome added", Section(id));

    [HttpGet("{outcomeId:int}/change")]
    public Task<IActionResult> Change(int id, int outcomeId) => FormAsync(id, (e, header, version) =>
        e.DesiredOutcomes.FirstOrDefault(o => o.Id == outcomeId && !o.IsWithdrawn) is not { } outcome
            ? NotFound()
            : OutcomeView(e, header, new DesiredOutcomeForm
            {
                Words = outcome.Words, Category = outcome.Category, On = DateInput.From(Today), Who = SpokenByForm.Adult, Version = version,
            }, outcome));

    [HttpPost("{outcomeId:int}/change")]
    public async Task<IActionResult> Change(int id, int outcomeId, [Bind(Prefix = "Form")] DesiredOutcomeForm form)
    {
        form.Who = SpokenByForm.Adult;
        return await SaveAsync(id, form.Version, await outcomeValidator.ValidateAsync(form),
            e => e.ChangeDesiredOutcome(outcomeId, form.ToDetails(), User.UserId(), Now, Today),
            (e, header) => OutcomeView(e, header, form, e.DesiredOutcomes.FirstOrDefault(o => o.Id == outcomeId)), "Outcome changed", Section(id));
    }

    [HttpGet("{outcomeId:int}/may-not-be-achievable")]
    public Task<IActionResult> MayNotBeAchievable(int id, int outcomeId) => FormAsync(id, (e, header, version) =>
        OutcomeActionView(e, header, "MayNotBeAchievable", outcomeId,
            new MayNotBeAchievableForm { ExplainedMayNotBeAchievableOn = DateInput.From(Today), Version = version }));

    [HttpPost("{outcomeId:int}/may-not-be-achievable")]
    public async Task<IActionResult> MayNotBeAchievable(int id, int outcomeId, [Bind(Prefix = "Form")] MayNotBeAchievableForm form) =>
        await SaveAsync(id, form.Version, await achievableValidator.ValidateAsync(form),
            e => e.MarkOutcomeMayNotBeAchievable(outcomeId, form.ExplainedMayNotBeAchievableOn.ToDate()!.Value, form.MayNotBeAchievableNote, Today),
            (e, header) => OutcomeActionView(e, header, "MayNotBeAchievable", outcomeId, form), "Outcome marked as may not be achievable", Section(id));

    [HttpGet("{outcomeId:int}/withdraw")]
    public Task<IActionResult> Withdraw(int id, int outcomeId) => FormAsync(id, (e, header, version) =>
        OutcomeActionView(e, header, "Withdraw", outcomeId, new WithdrawOutcomeForm { WithdrawnOn = DateInput.From(Today), Version = version }));

    [HttpPost("{outcomeId:int}/withdraw")]
    public async Task<IActionResult> Withdraw(int id, int outcomeId, [Bind(Prefix = "Form")] WithdrawOutcomeForm form) =>
        await SaveAsync(id, form.Version, await withdrawValidator.ValidateAsync(form),
            e => e.WithdrawDesiredOutcome(outcomeId, form.WithdrawnOn.ToDate()!.Value, form.WithdrawnReason, User.UserId(), Today),
            (e, header) => OutcomeActionView(e, header, "Withdraw", outcomeId, form), "Outcome withdrawn", Section(id));

    [HttpGet("feeling-safe")]
    public Task<IActionResult> FeelingSafe(int id) => FormAsync(id, (e, header, version) => FormView("FeelingSafe", header, new FeelingSafeForm
    {
        Asked = e.FeelingSafeAtStart?.WasAsked,
        Score = e.FeelingSafeAtStart?.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        NotAskedReason = e.FeelingSafeAtStart?.NotAskedReason,
        Version = version,
    }));

    [HttpPost("feeling-safe")]
    public async Task<IActionResult> FeelingSafe(int id, [Bind(Prefix = "Form")] FeelingSafeForm form) =>
        await SaveAsync(id, form.Version, await feelingSafeValidator.ValidateAsync(form),
            e => e.RecordFeelingSafeAtStart(form.ScoreValue, form.Asked == true ? null : form.NotAskedReason),
            (_, header) => FormView("FeelingSafe", header, form), "Feeling safe recorded", Section(id));

    private static string Section(int id) => $"/enquiries/{id}/outcomes";

    private ViewResult AskedView(Enquiry e, EnquiryHeader header, OutcomesAskedForm form) =>
        View("OutcomesAsked", new AskedPage(header, form, SpokenByForm.Choices(e)));

    private ViewResult OutcomeView(Enquiry e, EnquiryHeader header, DesiredOutcomeForm form, DesiredOutcome? changing) =>
        View("Outcome", new OutcomeFormPage(header, form, SpokenByForm.Choices(e), changing));

    private IActionResult OutcomeActionView<TForm>(Enquiry e, EnquiryHeader header, string view, int outcomeId, TForm form) =>
        e.DesiredOutcomes.FirstOrDefault(o => o.Id == outcomeId && !o.IsWithdrawn) is { } outcome
            ? View(view, new OutcomeActionPage<TForm>(header, form, outcome))
            : NotFound();
}
