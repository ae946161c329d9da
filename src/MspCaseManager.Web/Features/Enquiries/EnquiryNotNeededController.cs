using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Enquiries;

/// <summary>"Not needed", with the practitioner's reason, for the sections the domain allows it for.</summary>
[Route("/enquiries/{id:int}")]
public sealed class EnquiryNotNeededController(MspDbContext db, TimeProvider time, IValidator<NotNeededForm> validator)
    : EnquiryEditController(db, time)
{
    public sealed record NotNeededPage(EnquiryHeader Enquiry, NotNeededForm Form, EnquirySection Section)
    {
        public string SectionHref => EnquiryTasks.Href(Enquiry.Id, Section);
    }

    [HttpGet("capacity/not-needed")]
    public Task<IActionResult> MentalCapacity(int id) => FormAsync(id, EnquirySection.MentalCapacity);

    [HttpPost("capacity/not-needed")]
    public Task<IActionResult> MentalCapacity(int id, [Bind(Prefix = "Form")] NotNeededForm form) => SaveAsync(id, EnquirySection.MentalCapacity, form);

    [HttpGet("capacity/best-interests/not-needed")]
    public Task<IActionResult> BestInterests(int id) => FormAsync(id, EnquirySection.BestInterests);

    [HttpPost("capacity/best-interests/not-needed")]
    public Task<IActionResult> BestInterests(int id, [Bind(Prefix = "Form")] NotNeededForm form) => SaveAsync(id, EnquirySection.BestInterests, form);

    [HttpGet("advocacy/not-needed")]
    public Task<IActionResult> Advocacy(int id) => FormAsync(id, EnquirySection.Advocacy);

    [HttpPost("advocacy/not-needed")]
    public Task<IActionResult> Advocacy(int id, [Bind(Prefix = "Form")] NotNeededForm form) => SaveAsync(id, EnquirySection.Advocacy, form);

    [HttpGet("plan/not-needed")]
    public Task<IActionResult> SafeguardingPlan(int id) => FormAsync(id, EnquirySection.SafeguardingPlan);

    [HttpPost("plan/not-needed")]
    public Task<IActionResult> SafeguardingPlan(int id, [Bind(Prefix = "Form")] NotNeededForm form) => SaveAsync(id, EnquirySection.SafeguardingPlan, form);

    private Task<IActionResult> FormAsync(int id, EnquirySection section) => FormAsync(id, (e, header, version) =>
        NotNeededView(header, section, new NotNeededForm
        {
            Reason = e.SectionsNotNeeded.LastOrDefault(n => n.Section == section)?.Reason,
            Version = version,
        }));

    private async Task<IActionResult> SaveAsync(int id, EnquirySection section, NotNeededForm form) =>
        await SaveAsync(id, form.Version, await validator.ValidateAsync(form),
            e => e.MarkSectionNotNeeded(section, form.Reason, User.UserId(), Now),
            (_, header) => NotNeededView(header, section, form), section.ToLabel() + " marked as not needed");

    private ViewResult NotNeededView(EnquiryHeader header, EnquirySection section, NotNeededForm form) =>
        View("NotNeeded", new NotNeededPage(header, form, section));
}
