using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Advocacy;
using MspCaseManager.Domain.People;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Enquiries.Advocacy;

/// <summary>The Care Act s68 advocacy test, referrals for advocates and what became of them, and the reason for not referring.</summary>
[Route("/enquiries/{id:int}/advocacy")]
public sealed class EnquiryAdvocacyController(MspDbContext db, TimeProvider time) : EnquiryController(db, time)
{
    public sealed record AssessmentPage(EnquiryHeader Enquiry, AdvocacyAssessmentForm Form, IReadOnlyList<GovUkOption> People);

    public sealed record StatusPage(EnquiryHeader Enquiry, ReferralStatusForm Form, AdvocacyReferral Referral);

    [HttpGet("")]
    [LoadEnquiry(RecordAccess.Read)]
    public IActionResult Index() => SectionView("Advocacy");

    [HttpGet("assessment")]
    [LoadEnquiry(RecordAccess.Edit)]
    public async Task<IActionResult> Assess() =>
        AssessmentView(await AdultAsync(), new AdvocacyAssessmentForm { AssessedOn = DateInput.From(Today), Version = Version });

    [HttpPost("assessment")]
    [LoadEnquiry(RecordAccess.Edit)]
    public async Task<IActionResult> Assess([Bind(Prefix = "Form")] AdvocacyAssessmentForm form)
    {
        var adult = await AdultAsync();
        return await SaveAsync(form, e => e.RecordAdvocacyAssessment(form.ToDetails(), adult, User.UserId(), Now, Today),
            () => AssessmentView(adult, form), "Advocacy assessment recorded", PageOf(nameof(Index)));
    }

    [HttpGet("referrals/new")]
    [LoadEnquiry(RecordAccess.Edit)]
    public IActionResult Refer() =>
        FormView("AdvocacyReferral", new AdvocacyReferralForm { ReferredOn = DateInput.From(Today), Version = Version });

    [HttpPost("referrals/new")]
    [LoadEnquiry(RecordAccess.Edit)]
    public Task<IActionResult> Refer([Bind(Prefix = "Form")] AdvocacyReferralForm form) =>
        AppendAsync(form, e => e.RecordAdvocacyReferral(form.ToDetails(), User.UserId(), Now, Today),
            () => FormView("AdvocacyReferral", form), "Referral recorded", PageOf(nameof(Index)));

    [HttpGet("referrals/{referralId:int}")]
    [LoadEnquiry(RecordAccess.Edit)]
    public IActionResult Status(int referralId) =>
        StatusView(referralId, new ReferralStatusForm { ChangedOn = DateInput.From(Today), Version = Version });

    [HttpPost("referrals/{referralId:int}")]
    [LoadEnquiry(RecordAccess.Edit)]
    public async Task<IActionResult> Status(int referralId, [Bind(Prefix = "Form")] ReferralStatusForm form) =>
        Enquiry.AdvocacyReferrals.Any(r => r.Id == referralId)
            ? await AppendAsync(form, e => e.UpdateAdvocacyReferral(referralId, form.ToDetails(), User.UserId(), Now, Today),
                () => StatusView(referralId, form), "Referral updated", PageOf(nameof(Index)))
            : NotFound();

    [HttpGet("no-referral")]
    [LoadEnquiry(RecordAccess.Edit)]
    public IActionResult NoReferral() =>
        FormView("NoReferral", new NoReferralForm { NoAdvocacyReferralReason = Enquiry.NoAdvocacyReferralReason, Version = Version });

    [HttpPost("no-referral")]
    [LoadEnquiry(RecordAccess.Edit)]
    public Task<IActionResult> NoReferral([Bind(Prefix = "Form")] NoReferralForm form) =>
        SaveAsync(form, e => e.RecordNoAdvocacyReferralReason(form.NoAdvocacyReferralReason, User.UserId(), Now),
            () => FormView("NoReferral", form), "Reason recorded", PageOf(nameof(Index)));

    /// <summary>The adult the enquiry is about, with the people important to them.</summary>
    private Task<Adult> AdultAsync() =>
        Db.Adults.AsNoTracking().Include(a => a.ImportantPeople).SingleAsync(a => a.Id == Enquiry.AdultId);

    private ViewResult AssessmentView(Adult adult, AdvocacyAssessmentForm form) =>
        View("AdvocacyAssessment", new AssessmentPage(Header, form,
            AdvocacyAssessmentForm.Choices(adult.ImportantPeople.OrderBy(p => p.Name).ToList())));

    private IActionResult StatusView(int referralId, ReferralStatusForm form) =>
        Enquiry.AdvocacyReferrals.FirstOrDefault(r => r.Id == referralId) is { } referral
            ? View("ReferralStatus", new StatusPage(Header, form, referral))
            : NotFound();
}
