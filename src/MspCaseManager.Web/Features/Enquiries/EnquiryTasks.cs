using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Web.Features.Enquiries;

/// <summary>Where each task on the enquiry overview leads (generated from the routes), and the combined review-and-closure status.</summary>
public static class EnquiryTasks
{
    public static string Href(this IUrlHelper url, int enquiryId, EnquirySection section)
    {
        var (controller, action, fragment) = section switch
        {
            EnquirySection.DesiredOutcomes => ("EnquiryOutcomes", "Index", null),
            EnquirySection.Consent => ("EnquiryConsent", "Index", null),
            EnquirySection.MentalCapacity => ("EnquiryCapacity", "Index", null),
            EnquirySection.BestInterests => ("EnquiryCapacity", "Index", "best-interests"),
            EnquirySection.Advocacy => ("EnquiryAdvocacy", "Index", null),
            EnquirySection.SafeguardingPlan => ("EnquiryPlan", "Index", (string?)null),
            _ => ("OutcomesReview", "Review", null),
        };
        return url.Action(action, controller, new { id = enquiryId }, protocol: null, host: null, fragment)!;
    }

    /// <summary>
    /// Where a section is marked as not needed (the sections that can be; see
    /// <see cref="Enquiry.SectionsThatCanBeNotNeeded"/>); best interests has its page inside mental capacity.
    /// </summary>
    public static string NotNeededHref(this IUrlHelper url, int enquiryId, EnquirySection section) =>
        url.Action(section.ToString(), "EnquiryNotNeeded", new { id = enquiryId })!;

    /// <summary>Outcomes review and closure shown as one task: done when closed, under way once either has started.</summary>
    public static SectionStatus ReviewAndClosure(IReadOnlyList<SectionStatus> sections)
    {
        var review = sections.Single(s => s.Section == EnquirySection.OutcomesReview).Progress;
        var closure = sections.Single(s => s.Section == EnquirySection.Closure).Progress;
        var progress = closure == SectionProgress.Completed ? SectionProgress.Completed
            : review == SectionProgress.NotStarted && closure == SectionProgress.NotStarted ? SectionProgress.NotStarted
            : SectionProgress.InProgress;
        return new SectionStatus(EnquirySection.OutcomesReview, progress);
    }
}
