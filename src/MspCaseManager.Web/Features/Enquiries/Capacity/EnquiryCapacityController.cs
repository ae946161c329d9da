using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Enquiries.Capacity;

/// <summary>Mental capacity assessments (any number) and best-interests decisions for what the person lacks capacity to decide.</summary>
[Route("/enquiries/{id:int}/capacity")]
public sealed class EnquiryCapacityController(MspDbContext db, TimeProvider time) : EnquiryController(db, time)
{
    /// <summary>The best-interests form, the assessments it can follow, and who can be consulted or hold the decision.</summary>
    public sealed record BestInterestsPage(EnquiryHeader Enquiry, BestInterestsForm Form, IReadOnlyList<GovUkOption> Assessments, ConsulteeChoices People);

    [HttpGet("")]
    [LoadEnquiry(RecordAccess.Read)]
    public IActionResult Index() => SectionView("Capacity");

    [HttpGet("new")]
    [LoadEnquiry(RecordAccess.Edit)]
    public IActionResult Assess() =>
        FormView("CapacityAssessment", new CapacityAssessmentForm { AssessedOn = DateInput.From(Today), Version = Version });

    [HttpPost("new")]
    [LoadEnquiry(RecordAccess.Edit)]
    public Task<IActionResult> Assess([Bind(Prefix = "Form")] CapacityAssessmentForm form) =>
        AppendAsync(form, e => e.RecordCapacityAssessment(form.ToDetails(), User.UserId(), Now, Today),
            () => FormView("CapacityAssessment", form), "Capacity assessment recorded", PageOf(nameof(Index)));

    [HttpGet("best-interests/new")]
    [LoadEnquiry(RecordAccess.Edit)]
    public async Task<IActionResult> BestInterests()
    {
        var findings = Enquiry.LackOfCapacityFindings;
        return BestInterestsView(await PeopleAsync(), new BestInterestsForm
        {
            CapacityAssessmentId = findings.Count == 1 ? findings[0].Id : null,
            DecidedOn = DateInput.From(Today),
            Version = Version,
        });
    }

    /// <summary>
    /// Saves the decision, or, when an add or remove button was pressed, shows the form again with
    /// that change and nothing checked. Rows can move, so the form is shown from what was bound.
    /// </summary>
    [HttpPost("best-interests/new")]
    [LoadEnquiry(RecordAccess.Edit)]
    public async Task<IActionResult> BestInterests([Bind(Prefix = "Form")] BestInterestsForm form)
    {
        var people = await PeopleAsync();
        ModelState.Clear();
        if (form.Edit is not null)
        {
            if (!BestInterestsEdit.Apply(form, people) && form.Edit == BestInterestsEdit.AddConsultee)
            {
                ModelState.AddModelError("Form." + nameof(form.ConsulteeToAdd), "Select who was consulted");
            }

            return BestInterestsView(people, form);
        }

        form.WithoutBlankRows();
        return await AppendAsync(form, e => e.RecordBestInterestsDecision(form.ToDetails(), people.Adult, User.UserId(), Now, Today),
            () => BestInterestsView(people, form), "Best-interests decision recorded", PageOf(nameof(Index)) + "#best-interests");
    }

    /// <summary>The adult the enquiry is about, with the people important to them and their attorneys and deputies, and their advocates.</summary>
    private async Task<ConsulteeChoices> PeopleAsync() =>
        new(await Db.Adults.AsNoTracking()
            .Include(a => a.ImportantPeople)
            .Include(a => a.LegalAuthorities)
            .AsSplitQuery()
            .SingleAsync(a => a.Id == Enquiry.AdultId), Enquiry.AdvocacyReferrals);

    private ViewResult BestInterestsView(ConsulteeChoices people, BestInterestsForm form) =>
        View("BestInterests", new BestInterestsPage(Header, form.WithRowsToFill(), Enquiry.LackOfCapacityFindings
            .Select(a => new GovUkOption(a.Id.ToString(CultureInfo.InvariantCulture), a.Decision, "Assessed " + a.AssessedOn.ToGovUk()))
            .ToList(), people));
}
