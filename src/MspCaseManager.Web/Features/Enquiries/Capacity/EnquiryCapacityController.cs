using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Enquiries.Capacity;

/// <summary>Mental capacity assessments (any number) and best-interests decisions for what the person lacks capacity to decide.</summary>
[Route("/enquiries/{id:int}/capacity")]
public sealed class EnquiryCapacityController(
    MspDbContext db,
    TimeProvider time,
    IValidator<CapacityAssessmentForm> assessmentValidator,
    IValidator<BestInterestsForm> bestInterestsValidator) : EnquiryEditController(db, time)
{
    public sealed record BestInterestsPage(EnquiryHeader Enquiry, BestInterestsForm Form, IReadOnlyList<GovUkOption> Assessments);

    [HttpGet("")]
    public Task<IActionResult> Index(int id) => SectionAsync(id, "Capacity");

    [HttpGet("new")]
    public Task<IActionResult> Assess(int id) => FormAsync(id, (_, header, version) =>
        FormView("CapacityAssessment", header, new CapacityAssessmentForm { AssessedOn = DateInput.From(Today), Version = version }));

    [HttpPost("new")]
    public async Task<IActionResult> Assess(int id, [Bind(Prefix = "Form")] CapacityAssessmentForm form) =>
        await SaveAsync(id, form.Version, await assessmentValidator.ValidateAsync(form),
            e => e.RecordCapacityAssessment(form.ToDetails(), User.UserId(), Now, Today),
            (_, header) => FormView("CapacityAssessment", header, form), "Capacity assessment recorded", Section(id));

    [HttpGet("best-interests/new")]
    public Task<IActionResult> BestInterests(int id) => FormAsync(id, (e, header, version) =>
        BestInterestsView(e, header, new BestInterestsForm
        {
            CapacityAssessmentId = e.LackOfCapacityFindings.Count == 1 ? e.LackOfCapacityFindings[0].Id : null,
            DecidedOn = DateInput.From(Today),
            Version = version,
        }));

    [HttpPost("best-interests/new")]
    public async Task<IActionResult> BestInterests(int id, [Bind(Prefix = "Form")] BestInterestsForm form) =>
        await SaveAsync(id, form.Version, await bestInterestsValidator.ValidateAsync(form),
            e => e.RecordBestInterestsDecision(form.CapacityAssessmentId!.Value, form.ToDetails(), User.UserId(), Now, Today),
            (e, header) => BestInterestsView(e, header, form), "Best-interests decision recorded", Section(id) + "#best-interests");

    private static string Section(int id) => $"/enquiries/{id}/capacity";

    private ViewResult BestInterestsView(Enquiry e, EnquiryHeader header, BestInterestsForm form) =>
        View("BestInterests", new BestInterestsPage(header, form.WithRows(), e.LackOfCapacityFindings
            .Select(a => new GovUkOption(a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Decision, "Assessed " + a.AssessedOn.ToGovUk()))
            .ToList()));
}
