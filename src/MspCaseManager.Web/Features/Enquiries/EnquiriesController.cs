using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Infrastructure;
using MspCaseManager.Web.Infrastructure.Drafts;

namespace MspCaseManager.Web.Features.Enquiries;

/// <summary>An enquiry's overview.</summary>
[Route("/enquiries/{id:int}")]
public sealed class EnquiriesController(MspDbContext db, TimeProvider time, AttentionRules attentionRules, PartWayDrafts partWay) : EnquiryController(db, time)
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
        var duties = enquiry.OutstandingDuties(Current.Summary.AdultDateOfDeath).ToList();
        var adult = await Db.Adults.AsNoTracking().SingleAsync(a => a.Id == enquiry.AdultId);
        var attention = attentionRules.InMemory(recentNotes, adult).TrippedBy(enquiry).Where(r => r.Repeats is not { } duty || !duties.Contains(duty)).ToList();

        var names = await StaffNames.OfAsync(Db, enquiry.Allocations.SelectMany(a => new[] { a.WorkerId, a.AllocatedByUserId }).Append(enquiry.EnteredInErrorByUserId));
        var allocations = enquiry.Allocations.OrderByDescending(a => a.Number)
            .Select(a => new AllocationHistoryItem(a.WorkerId is null ? null : names[a.WorkerId], names[a.AllocatedByUserId], a.AllocatedAtUtc, a.Reason))
            .ToList();
        // An outcomes review this user has saved part-way is in progress for them (only they see its answers).
        var sections = enquiry.SectionStatuses();
        if (Current.CanEdit && await partWay.LatestAsync(User.UserId(), Url.ToSection(enquiry.Id, EnquirySection.OutcomesReview)) is not null)
        {
            sections = [.. sections.Select(s => s.Section == EnquirySection.OutcomesReview && s.Progress == SectionProgress.NotStarted
                ? s with { Progress = SectionProgress.InProgress } : s)];
        }

        return View(new EnquiryPage(
            Current.Summary, Today, User.IsInRole(Roles.TeamManager) && !enquiry.IsClosed, Current.CanEdit,
            sections, attention, duties, enquiry.LackOfCapacityFindings.Count > 0, allocations, Current.InChangeScope,
            enquiry.EnteredInErrorByUserId is { } markedBy ? (enquiry.EnteredInErrorReason, names[markedBy], enquiry.EnteredInErrorAtUtc) : null));
    }
}
