using Microsoft.EntityFrameworkCore;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Data;

/// <summary>Loading an enquiry with everything its rules look at (split queries, one per collection).</summary>
public static class EnquiryAggregate
{
    /// <summary>
    /// The enquiry with all its children, as the domain needs it to check a change, work out
    /// section statuses and outstanding duties, or decide whether it can close.
    /// </summary>
    public static IQueryable<Enquiry> WithEverything(this IQueryable<Enquiry> enquiries) =>
        enquiries
            .Include(e => e.DesiredOutcomes).ThenInclude(o => o.Versions)
            .Include(e => e.ConsentRecords)
            .Include(e => e.CapacityAssessments)
            .Include(e => e.BestInterestsDecisions).ThenInclude(b => b.Consultees)
            .Include(e => e.BestInterestsDecisions).ThenInclude(b => b.Options).ThenInclude(o => o.Factors)
            .Include(e => e.AdvocacyAssessments)
            .Include(e => e.AdvocacyReferrals).ThenInclude(r => r.History)
            .Include(e => e.PlanActions)
            .Include(e => e.Meetings)
            .Include(e => e.SectionsNotNeeded)
            .Include(e => e.OutcomesReviews).ThenInclude(r => r.Answers)
            .Include(e => e.OutcomesReviews).ThenInclude(r => r.Questions)
            .Include(e => e.ClosureRequests)
            .Include(e => e.Reopenings)
            .Include(e => e.Allocations)
            .AsSplitQuery();
}
