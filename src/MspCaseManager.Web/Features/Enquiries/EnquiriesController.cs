using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.People;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Enquiries;

/// <summary>An enquiry's summary, and a team manager allocating it to one of the team's social workers.</summary>
[Authorize(Roles = Roles.CaseWorkers)]
[Route("/enquiries/{id:int}")]
public sealed class EnquiriesController(MspDbContext db, TimeProvider time) : Controller
{
    /// <summary>The overview: who and where, statutory items outstanding, and the task list of sections.</summary>
    public sealed record EnquiryPage(
        EnquiryQueries.Summary Enquiry, DateOnly Today, bool CanAllocate, bool CanEdit,
        IReadOnlyList<SectionStatus> Sections, IReadOnlyList<OutstandingDuty> Duties, bool LackOfCapacityRecorded);

    public sealed record AllocationPage(EnquiryQueries.Summary Enquiry, IReadOnlyList<GovUkOption> Workers, AllocationForm Form);

    [HttpGet("")]
    public async Task<IActionResult> Show(int id)
    {
        var summary = await EnquiryQueries.SummaryOf(db, db.VisibleEnquiries(User), id).SingleOrDefaultAsync();
        if (summary is null)
        {
            return NotFound();
        }

        var enquiry = await db.Enquiries.AsNoTracking().WithEverything().SingleAsync(e => e.Id == id);
        var canEdit = !enquiry.IsClosed && await db.EditableEnquiries(User).AnyAsync(e => e.Id == id);
        return View(new EnquiryPage(
            summary, time.Today(), User.IsInRole(Roles.TeamManager), canEdit,
            enquiry.SectionStatuses(), enquiry.OutstandingDuties(), enquiry.LackOfCapacityFindings.Count > 0));
    }

    [HttpGet("allocation")]
    [Authorize(Roles = Roles.TeamManager)]
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

    [HttpPost("allocation")]
    [Authorize(Roles = Roles.TeamManager)]
    public async Task<IActionResult> Allocation(int id, [Bind(Prefix = "Form")] AllocationForm form)
    {
        var enquiry = await db.EditableEnquiries(User).SingleOrDefaultAsync(e => e.Id == id);
        if (enquiry is null)
        {
            return NotFound();
        }

        var workers = await EnquiryQueries.TeamSocialWorkers(db, enquiry.TeamId).ToListAsync();
        if (form.AllocateTo != AllocationForm.Unallocated && workers.All(w => w.Id != form.AllocateTo))
        {
            ModelState.AddModelError("Form.AllocateTo", "Select who will hold the enquiry, or leave it in the team's unallocated queue");
        }

        if (ModelState.IsValid)
        {
            try
            {
                if (form.AllocateTo == AllocationForm.Unallocated)
                {
                    enquiry.Deallocate();
                }
                else
                {
                    enquiry.Allocate(form.AllocateTo!, time.GetUtcNow().UtcDateTime);
                }
            }
            catch (DomainRuleException ex)
            {
                ModelState.AddDomainError(ex, "Form");
            }
        }

        if (!ModelState.IsValid)
        {
            return await AllocationViewAsync(id, form);
        }

        db.ExpectVersion(enquiry, form.Version);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, PeopleController.ConcurrencyMessage);
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
        return View(new AllocationPage(summary, workers, form));
    }
}
