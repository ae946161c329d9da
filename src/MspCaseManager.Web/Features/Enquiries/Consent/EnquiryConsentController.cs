using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Enquiries.Consent;

/// <summary>Consent to the enquiry (with lawful reasons to continue without it) and to sharing information.</summary>
[Route("/enquiries/{id:int}/consent")]
public sealed class EnquiryConsentController(MspDbContext db, TimeProvider time) : EnquiryController(db, time)
{
    [HttpGet("")]
    [LoadEnquiry(RecordAccess.Read)]
    public IActionResult Index() => SectionView("Consent");

    [HttpGet("new")]
    [LoadEnquiry(RecordAccess.Edit)]
    public IActionResult Record() =>
        FormView("ConsentForm", new ConsentForm { AskedOn = DateInput.From(Today), Version = Version });

    [HttpPost("new")]
    [LoadEnquiry(RecordAccess.Edit)]
    public Task<IActionResult> Record([Bind(Prefix = "Form")] ConsentForm form) =>
        SaveAsync(form, e => e.RecordConsent(form.ToDetails(), User.UserId(), Now, Today),
            () => FormView("ConsentForm", form), "Consent recorded", PageOf(nameof(Index)));
}
