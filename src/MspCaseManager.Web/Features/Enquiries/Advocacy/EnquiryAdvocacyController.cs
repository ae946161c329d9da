using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.People;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Enquiries.Advocacy;

/// <summary>The Care Act s68 advocacy test, referrals for advocates, and the reason for not referring.</summary>
[Route("/enquiries/{id:int}/advocacy")]
public sealed class EnquiryAdvocacyController(
    MspDbContext db,
    TimeProvider time,
    IValidator<AdvocacyAssessmentForm> assessmentValidator,
    IValidator<AdvocacyReferralForm> referralValidator,
    IValidator<ReferralStatusForm> statusValidator,
    IValidator<NoReferralForm> noReferralValidator) : EnquiryEditController(db, time)
{
    public sealed record AssessmentPage(EnquiryHeader Enquiry, AdvocacyAssessmentForm Form, IReadOnlyList<GovUkOption> People);

    public sealed record StatusPage(EnquiryHeader Enquiry, ReferralStatusForm Form, Domain.Advocacy.AdvocacyReferral Referral);

    [HttpGet("")]
    public Task<IActionResult> Index(int id) => SectionAsync(id, "Advocacy");

    [HttpGet("assessment")]
    public async Task<IActionResult> Assess(int id)
    {
        var people = await PeopleAsync(id);
        return await FormAsync(id, (_, header, version) =>
            AssessmentView(header, new AdvocacyAssessmentForm { AssessedOn = DateInput.From(Today), Version = version }, people));
    }

    [HttpPost("assessment")]
    public async Task<IActionResult> Assess(int id, [Bind(Prefix = "Form")] AdvocacyAssessmentForm form)
    {
        var people = await PeopleAsync(id);
        return await SaveAsync(id, form.Version, await assessmentValidator.ValidateAsync(form),
            e => e.RecordAdvocacyAssessment(form.ToDetails(people, e.AdultId), User.UserId(), Now, Today),
            (_, header) => AssessmentView(header, form, people), "Advocacy assessment recorded", Section(id));
    }

    [HttpGet("referrals/new")]
    public Task<IActionResult> Refer(int id) => FormAsync(id, (_, header, version) =>
        FormView("AdvocacyReferral", header, new AdvocacyReferralForm { ReferredOn = DateInput.From(Today), Version = version }));

    [HttpPost("referrals/new")]
    public async Task<IActionResult> Refer(int id, [Bind(Prefix = "Form")] AdvocacyReferralForm form) =>
        await SaveAsync(id, form.Version, await referralValidator.ValidateAsync(form),
            e => e.RecordAdvocacyReferral(form.ToDetails(), User.UserId(), Now, Today),
            (_, header) => FormView("AdvocacyReferral", header, form), "Referral recorded", Section(id));

    [HttpGet("referrals/{referralId:int}")]
    public Task<IActionResult> Status(int id, int referralId) => FormAsync(id, (e, header, version) =>
        StatusView(e, header, referralId, new ReferralStatusForm { StatusOn = DateInput.From(Today), Version = version }));

    [HttpPost("referrals/{referralId:int}")]
    public async Task<IActionResult> Status(int id, int referralId, [Bind(Prefix = "Form")] ReferralStatusForm form) =>
        await SaveAsync(id, form.Version, await statusValidator.ValidateAsync(form),
            e =>
            {
                if (e.AdvocacyReferrals.All(r => r.Id != referralId))
                {
                    throw new Domain.Common.DomainRuleException("Choose a referral from this enquiry");
                }

                e.UpdateAdvocacyReferral(referralId, form.Status!.Value, form.StatusOn.ToDate()!.Value, form.AdvocateName, Today);
            },
            (e, header) => StatusView(e, header, referralId, form), "Referral updated", Section(id));

    [HttpGet("no-referral")]
    public Task<IActionResult> NoReferral(int id) => FormAsync(id, (e, header, version) =>
        FormView("NoReferral", header, new NoReferralForm { NoAdvocacyReferralReason = e.NoAdvocacyReferralReason, Version = version }));

    [HttpPost("no-referral")]
    public async Task<IActionResult> NoReferral(int id, [Bind(Prefix = "Form")] NoReferralForm form) =>
        await SaveAsync(id, form.Version, await noReferralValidator.ValidateAsync(form),
            e => e.RecordNoAdvocacyReferralReason(form.NoAdvocacyReferralReason, User.UserId(), Now),
            (_, header) => FormView("NoReferral", header, form), "Reason recorded", Section(id));

    private static string Section(int id) => $"/enquiries/{id}/advocacy";

    /// <summary>The people important to the adult the enquiry is about (scope is checked when the enquiry is loaded).</summary>
    private Task<List<ImportantPerson>> PeopleAsync(int id) =>
        Db.ImportantPeople.AsNoTracking()
            .Where(p => Db.Enquiries.Any(e => e.Id == id && e.AdultId == p.AdultId))
            .OrderBy(p => p.Name)
            .ToListAsync();

    private ViewResult AssessmentView(EnquiryHeader header, AdvocacyAssessmentForm form, IReadOnlyList<ImportantPerson> people) =>
        View("AdvocacyAssessment", new AssessmentPage(header, form, AdvocacyAssessmentForm.Choices(people)));

    private IActionResult StatusView(Enquiry e, EnquiryHeader header, int referralId, ReferralStatusForm form) =>
        e.AdvocacyReferrals.FirstOrDefault(r => r.Id == referralId) is { } referral
            ? View("ReferralStatus", new StatusPage(header, form, referral))
            : NotFound();
}
