using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Shared;

namespace MspCaseManager.Web.Features.Enquiries;

/// <summary>An enquiry's overview.</summary>
[Authorize(Roles = Roles.CaseWorkers)]
[Route("/enquiries/{id:int}")]
public sealed class EnquiriesController(MspDbContext db, TimeProvider time, AttentionRules attentionRules) : Controller
{
    /// <summary>
    /// The overview: who and where, what needs attention and the statutory items outstanding, the
    /// task list of sections, and who has held the enquiry.
    /// </summary>
    public sealed record EnquiryPage(
        EnquiryQueries.Summary Enquiry, DateOnly Today, bool CanAllocate, bool CanEdit,
        IReadOnlyList<SectionStatus> Sections, IReadOnlyList<NeedsAttention.Rule> Attention, IReadOnlyList<OutstandingDuty> Duties,
        bool LackOfCapacityRecorded, IReadOnlyList<AllocationHistoryItem> Allocations);

    /// <summary>One change of who holds the enquiry: to whom (null: the unallocated queue), by whom, when and why.</summary>
    public sealed record AllocationHistoryItem(string? Worker, string By, DateTime AtUtc, string? Reason);

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

        // The needs-attention rules in memory: the same definitions the caseload lists run in SQL.
        var since = attentionRules.CaseNotesSince;
        var recentNotes = await db.CaseNotes.AsNoTracking().Where(n => n.EnquiryId == id && n.OccurredOn > since).OrderByDescending(n => n.OccurredOn).Take(1).ToListAsync();
        // A statutory duty keeps its warning; the needs-attention banner does not repeat it.
        var duties = enquiry.OutstandingDuties().ToList();
        var attention = attentionRules.InMemory(recentNotes).TrippedBy(enquiry).Where(r => r.Repeats is not { } duty || !duties.Contains(duty)).ToList();

        var names = await StaffNames.OfAsync(db, enquiry.Allocations.SelectMany(a => new[] { a.WorkerId, a.AllocatedByUserId }));
        var allocations = enquiry.Allocations.OrderByDescending(a => a.Number)
            .Select(a => new AllocationHistoryItem(a.WorkerId is null ? null : names[a.WorkerId], names[a.AllocatedByUserId], a.AllocatedAtUtc, a.Reason))
            .ToList();
        return View(new EnquiryPage(
            summary, time.Today(), User.IsInRole(Roles.TeamManager), canEdit,
            enquiry.SectionStatuses(), attention, duties, enquiry.LackOfCapacityFindings.Count > 0, allocations));
    }
}
