using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Display;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Enquiries.Allocation;

/// <summary>
/// A team manager allocates an enquiry to one of the team's social workers, reallocates it (with a
/// reason) or puts it back in the team's unallocated queue. Every change is kept in the enquiry's
/// allocation history; the worker it was taken from keeps reading it and can no longer change it.
/// </summary>
[Authorize(Roles = Roles.TeamManager)]
[Route("/enquiries/{id:int}/allocation")]
[LoadEnquiry(RecordAccess.Edit)]
public sealed class AllocationController(MspDbContext db, TimeProvider time) : EnquiryController(db, time)
{
    public sealed record AllocationPage(EnquiryHeader Enquiry, IReadOnlyList<GovUkOption> Workers, AllocationForm Form);

    [HttpGet("")]
    public Task<ViewResult> Allocation() =>
        AllocationViewAsync(new AllocationForm { AllocateTo = Enquiry.AllocatedWorkerId ?? AllocationForm.Unallocated, Version = Version });

    [HttpPost("")]
    public async Task<IActionResult> Allocation([Bind(Prefix = "Form")] AllocationForm form)
    {
        var workers = await EnquiryQueries.TeamSocialWorkers(Db, Enquiry.TeamId).ToListAsync();
        if (form.AllocateTo != AllocationForm.Unallocated && workers.All(w => w.Id != form.AllocateTo))
        {
            ModelState.AddModelError("Form.AllocateTo", "Select who will hold the enquiry, or leave it in the team's unallocated queue");
        }

        var saved = await TryChangeAsync(form, () =>
        {
            if (form.AllocateTo == AllocationForm.Unallocated)
            {
                Enquiry.Deallocate(form.Reason, User.UserId(), Now);
            }
            else
            {
                Enquiry.Allocate(form.AllocateTo, form.Reason, User.UserId(), Now);
            }
        });
        if (!saved)
        {
            return await AllocationViewAsync(form);
        }

        TempData[NotificationBannerTagHelper.SuccessKey] = Enquiry.IsAllocated ? "Enquiry allocated" : "Enquiry moved to the team's unallocated queue";
        return Redirect(Overview);
    }

    private async Task<ViewResult> AllocationViewAsync(AllocationForm form)
    {
        var workers = (await EnquiryQueries.TeamSocialWorkers(Db, Enquiry.TeamId).ToListAsync())
            .Select(w => new GovUkOption(w.Id, w.Name, w.Id == Enquiry.AllocatedWorkerId ? "Holds the enquiry now" : null))
            .Append(new GovUkOption(AllocationForm.Unallocated,
                Enquiry.IsAllocated ? "Put it back in the team's unallocated queue" : "Leave in the team's unallocated queue"))
            .ToList();
        return View("Allocation", new AllocationPage(Header, workers, form));
    }
}
