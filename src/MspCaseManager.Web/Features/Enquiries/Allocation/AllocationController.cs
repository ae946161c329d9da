using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Shared;
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
public sealed class AllocationController(MspDbContext db, TimeProvider time) : Controller
{
    public sealed record AllocationPage(EnquiryQueries.Summary Enquiry, IReadOnlyList<GovUkOption> Workers, AllocationForm Form);

    [HttpGet("")]
    public async Task<IActionResult> Allocation(int id)
    {
        var enquiry = await db.EditableEnquiries(User).SingleOrDefaultAsync(e => e.Id == id);
        if (enquiry is null)
        {
            return NotFound();
        }

        var form = new AllocationForm { AllocateTo = enquiry.AllocatedWorkerId ?? AllocationForm.Unallocated, Version = db.VersionOf(enquiry) };
        return await AllocationViewAsync(id, form);
    }

    [HttpPost("")]
    public async Task<IActionResult> Allocation(int id, [Bind(Prefix = "Form")] AllocationForm form)
    {
        var enquiry = await db.EditableEnquiries(User).Include(e => e.Allocations).SingleOrDefaultAsync(e => e.Id == id);
        if (enquiry is null)
        {
            return NotFound();
        }

        var workers = await EnquiryQueries.TeamSocialWorkers(db, enquiry.TeamId).ToListAsync();
        if (form.AllocateTo != AllocationForm.Unallocated && workers.All(w => w.Id != form.AllocateTo))
        {
            ModelState.AddModelError("Form.AllocateTo", "Select who will hold the enquiry, or leave it in the team's unallocated queue");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var saved = ModelState.TryApply(() =>
        {
            if (form.AllocateTo == AllocationForm.Unallocated)
            {
                enquiry.Deallocate(form.Reason, User.UserId(), now);
            }
            else
            {
                enquiry.Allocate(form.AllocateTo, form.Reason, User.UserId(), now);
            }
        }, "Form") && await db.TrySaveAsync(enquiry, form.Version, ModelState);
        if (!saved)
        {
            return await AllocationViewAsync(id, form);
        }

        TempData["Success"] = enquiry.IsAllocated ? "Enquiry allocated" : "Enquiry moved to the team's unallocated queue";
        return Redirect($"/enquiries/{id}");
    }

    private async Task<ViewResult> AllocationViewAsync(int id, AllocationForm form)
    {
        var summary = await EnquiryQueries.SummaryOf(db, db.Enquiries, id).SingleAsync();
        var workers = (await EnquiryQueries.TeamSocialWorkers(db, summary.TeamId).ToListAsync())
            .Select(w => new GovUkOption(w.Id, w.Name))
            .Append(new GovUkOption(AllocationForm.Unallocated, "Leave in the team's unallocated queue"))
            .ToList();
        return View("Allocation", new AllocationPage(summary, workers, form));
    }
}
