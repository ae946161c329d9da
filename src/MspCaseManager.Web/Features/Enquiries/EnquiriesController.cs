using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Shared;

namespace MspCaseManager.Web.Features.Enquiries;

/// <summary>An enquiry's overview.</summary>
[Route("/enquiries/{id:int}")]
public sealed class EnquiriesController(MspDbContext db, TimeProvider time, AttentionRules attentionRules) : EnquiryController(db, time)
{
    /// <summary>
    /// The overview: who and where, what needs attention and the statutory items outstanding, the
    /// task list of sections, and who has held the enquiry.
    /// </summary>
    public sealed record EnquiryPage(
        EnquiryQueries.Summary Enquiry, DateOnly Today, bool CanAllocate, bool CanEdit,
        IReadOnlyList<SectionStatus> Sections, IReadOnlyList<NeedsAttention.Rule> Attention, IReadOnlyList<OutstandingDuty> Duties,
        bool LackOfCapacityRecorded, IReadOnlyList<AllocationHistoryItem> Allocations, bool InChangeScope,
        (string? Reason, string? By, DateTime? AtUtc)? EnteredInError);

    /// <summary>One change of who holds the enquiry: to whom (null: the unallocated queue), by whom, when and why.</summary>
    public sealed record AllocationHistoryItem(string? Worker, string By, DateTime AtUtc, string? Reason);

    [HttpGet("")]
    [LoadEnquiry(RecordAccess.Read)]
    public async Task<IActionResult> Show()
    {
        var enquiry = Enquiry;

        // The needs-attention rules in memory: the same definitions the caseload lists run in SQL.
        var since = attentionRules.CaseNotesSince;
        var recentNotes = await Db.CaseNotes.AsNoTracking().Where(n => n.EnquiryId == enquiry.Id && n.OccurredOn > since).OrderByDescending(n => n.OccurredOn).Take(1).ToListAsync();
        // A statutory duty keeps its warning; the needs-attention banner does not repeat it.
        var duties = enquiry.OutstandingDuties().ToList();
        var attention = attentionRules.InMemory(recentNotes).TrippedBy(enquiry).Where(r => r.Repeats is not { } duty || !duties.Contains(duty)).ToList();

        var names = await StaffNames.OfAsync(Db, enquiry.Allocations.SelectMany(a => new[] { a.WorkerId, a.AllocatedByUserId }).Append(enquiry.EnteredInErrorByUserId));
        var allocations = enquiry.Allocations.OrderByDescending(a => a.Number)
            .Select(a => new AllocationHistoryItem(a.WorkerId is null ? null : names[a.WorkerId], names[a.AllocatedByUserId], a.AllocatedAtUtc, a.Reason))
            .ToList();
        return View(new EnquiryPage(
            Current.Summary, Today, User.IsInRole(Roles.TeamManager) && !enquiry.IsClosed, Current.CanEdit,
            enquiry.SectionStatuses(), attention, duties, enquiry.LackOfCapacityFindings.Count > 0, allocations, Current.InChangeScope,
            enquiry.EnteredInErrorByUserId is { } markedBy ? (enquiry.EnteredInErrorReason, names[markedBy], enquiry.EnteredInErrorAtUtc) : null));
    }
}
