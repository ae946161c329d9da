using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Enquiries;

/// <summary>A section page's "not needed" reason and link, for the sections that can be not needed.</summary>
public sealed record EnquiryNotNeededLink(EnquirySectionPage Page, EnquirySection Section);

/// <summary>"Not needed", with the practitioner's reason, for the sections the domain allows it for.</summary>
[Route("/enquiries/{id:int}")]
[LoadEnquiry(RecordAccess.Edit)]
public sealed class EnquiryNotNeededController(MspDbContext db, TimeProvider time) : EnquiryController(db, time)
{
    public sealed record NotNeededPage(EnquiryHeader Enquiry, NotNeededForm Form, EnquirySection Section);

    [HttpGet("capacity/not-needed")]
    public IActionResult MentalCapacity() => NotNeededView(EnquirySection.MentalCapacity);

    [HttpPost("capacity/not-needed")]
    public Task<IActionResult> MentalCapacity([Bind(Prefix = "Form")] NotNeededForm form) => SaveAsync(EnquirySection.MentalCapacity, form);

    [HttpGet("capacity/best-interests/not-needed")]
    public IActionResult BestInterests() => NotNeededView(EnquirySection.BestInterests);

    [HttpPost("capacity/best-interests/not-needed")]
    public Task<IActionResult> BestInterests([Bind(Prefix = "Form")] NotNeededForm form) => SaveAsync(EnquirySection.BestInterests, form);

    [HttpGet("advocacy/not-needed")]
    public IActionResult Advocacy() => NotNeededView(EnquirySection.Advocacy);

    [HttpPost("advocacy/not-needed")]
    public Task<IActionResult> Advocacy([Bind(Prefix = "Form")] NotNeededForm form) => SaveAsync(EnquirySection.Advocacy, form);

    [HttpGet("plan/not-needed")]
    public IActionResult SafeguardingPlan() => NotNeededView(EnquirySection.SafeguardingPlan);

    [HttpPost("plan/not-needed")]
    public Task<IActionResult> SafeguardingPlan([Bind(Prefix = "Form")] NotNeededForm form) => SaveAsync(EnquirySection.SafeguardingPlan, form);

    private ViewResult NotNeededView(EnquirySection section) => NotNeededView(section, new NotNeededForm
    {
        Reason = Enquiry.SectionsNotNeeded.LastOrDefault(n => n.Section == section)?.Reason,
        Version = Version,
    });

    private Task<IActionResult> SaveAsync(EnquirySection section, NotNeededForm form) =>
        SaveAsync(form, e => e.MarkSectionNotNeeded(section, form.Reason, User.UserId(), Now),
            () => NotNeededView(section, form), section.ToLabel() + " marked as not needed");

    private ViewResult NotNeededView(EnquirySection section, NotNeededForm form) => View("NotNeeded", new NotNeededPage(Header, form, section));
}
