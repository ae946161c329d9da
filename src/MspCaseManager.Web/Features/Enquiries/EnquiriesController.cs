using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Enquiries;

/// <summary>An enquiry's overview, and a team manager allocating it to one of the team's social workers.</summary>
[Route("/enquiries/{id:int}")]
public sealed class EnquiriesController(MspDbContext db, TimeProvider time) : EnquiryController(db, time)
{
    /// <summary>The overview: who and where, statutory items outstanding, and the task list of sections.</summary>
    public sealed record EnquiryPage(
        EnquiryQueries.Summary Enquiry, DateOnly Today, bool CanAllocate, bool CanEdit,
        IReadOnlyList<SectionStatus> Sections, IReadOnlyList<OutstandingDuty> Duties, bool LackOfCapacityRecorded);

    public sealed record AllocationPage(EnquiryQueries.Summary Enquiry, IReadOnlyList<GovUkOption> Workers, AllocationForm Form);

    [HttpGet("")]
    [LoadEnquiry(RecordAccess.Read)]
    public IActionResult Show() => View(new EnquiryPage(
        Current.Summary, Today, User.IsInRole(Roles.TeamManager), Current.CanEdit,
        Enquiry.SectionStatuses(), Enquiry.OutstandingDuties(), Enquiry.LackOfCapacityFindings.Count > 0));

    [HttpGet("allocation")]
    [Authorize(Roles = Roles.TeamManager)]
    [LoadEnquiry(RecordAccess.Edit, WithChildren = false)]
    public Task<IActionResult> Allocation() =>
        AllocationViewAsync(new AllocationForm { AllocateTo = Enquiry.AllocatedWorkerId ?? AllocationForm.Unallocated, Version = Version });

    [HttpPost("allocation")]
    [Authorize(Roles = Roles.TeamManager)]
    [LoadEnquiry(RecordAccess.Edit, WithChildren = false)]
    public async Task<IActionResult> Allocation([Bind(Prefix = "Form")] AllocationForm form)
    {
        var workers = await EnquiryQueries.TeamSocialWorkers(Db, Enquiry.TeamId).Select(w => w.Id).ToListAsync();
        var unallocating = form.AllocateTo == AllocationForm.Unallocated;
        var toWorker = workers.Find(w => w == form.AllocateTo);
        if (!unallocating && toWorker is null)
        {
            ModelState.AddModelError("Form." + nameof(AllocationForm.AllocateTo), "Select who will hold the enquiry, or leave it in the team's unallocated queue");
        }

        var saved = await TryChangeAsync(form, () =>
        {
            if (unallocating)
            {
                Enquiry.Deallocate();
            }
            else if (toWorker is not null)
            {
                Enquiry.Allocate(toWorker, Now);
            }
        });
        if (!saved)
        {
            return await AllocationViewAsync(form);
        }

        TempData[Shared.Display.NotificationBannerTagHelper.SuccessKey] =
            Enquiry.IsAllocated ? "Enquiry allocated" : "Enquiry moved to the team's unallocated queue";
        return Redirect(Overview);
    }

    private async Task<IActionResult> AllocationViewAsync(AllocationForm form)
    {
        var workers = (await EnquiryQueries.TeamSocialWorkers(Db, Enquiry.TeamId).ToListAsync())
            .Select(w => new GovUkOption(w.Id, w.Name))
            .Append(new GovUkOption(AllocationForm.Unallocated, "Leave in the team's unallocated queue"))
            .ToList();
        return View("Allocation", new AllocationPage(Current.Summary, workers, form));
    }
}
