using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Enquiries.Consent;

/// <summary>Consent to the enquiry (with lawful reasons to continue without it) and to sharing information.</summary>
[Route("/enquiries/{id:int}/consent")]
public sealed class EnquiryConsentController(MspDbContext db, TimeProvider time, IValidator<ConsentForm> validator)
    : EnquiryEditController(db, time)
{
    [HttpGet("")]
    public Task<IActionResult> Index(int id) => SectionAsync(id, "Consent");

    [HttpGet("new")]
    public Task<IActionResult> Record(int id) => FormAsync(id, (_, header, version) =>
        FormView("ConsentForm", header, new ConsentForm { AskedOn = DateInput.From(Today), Version = version }));

    [HttpPost("new")]
    public async Task<IActionResult> Record(int id, [Bind(Prefix = "Form")] ConsentForm form) =>
        await SaveAsync(id, form.Version, await validator.ValidateAsync(form),
            e => e.RecordConsent(form.ToDetails(), User.UserId(), Now, Today),
            (_, header) => FormView("ConsentForm", header, form), "Consent recorded", $"/enquiries/{id}/consent");
}
