using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Web.Features.Enquiries;

/// <summary>Links into an enquiry from anywhere, generated from the routes: the one place that knows which page shows each section.</summary>
public static class EnquiryUrls
{
    /// <summary>The enquiry's overview.</summary>
    public static string ToEnquiry(this IUrlHelper url, int id) =>
        url.Action(nameof(EnquiriesController.Show), "Enquiries", new { id })!;

    /// <summary>The page of one section of the enquiry (a task on the overview).</summary>
    public static string ToSection(this IUrlHelper url, int enquiryId, EnquirySection section)
    {
        var (controller, action, fragment) = section switch
        {
            EnquirySection.DesiredOutcomes => ("EnquiryOutcomes", "Index", null),
            EnquirySection.Consent => ("EnquiryConsent", "Index", null),
            EnquirySection.MentalCapacity => ("EnquiryCapacity", "Index", null),
            EnquirySection.BestInterests => ("EnquiryCapacity", "Index", "best-interests"),
            EnquirySection.Advocacy => ("EnquiryAdvocacy", "Index", null),
            EnquirySection.SafeguardingPlan => ("EnquiryPlan", "Index", (string?)null),
            EnquirySection.OutcomesReview => ("OutcomesReview", "Review", null),
            EnquirySection.RiskOutcome => ("OutcomesReview", "RiskOutcome", null),
            EnquirySection.SacCapacity => ("OutcomesReview", "SacCapacity", null),
            EnquirySection.Closure => ("Closure", "Closure", null),
            _ => throw new ArgumentOutOfRangeException(nameof(section), section, "No page for this section"),
        };
        return url.Action(action, controller, new { id = enquiryId }, protocol: null, host: null, fragment)!;
    }

    /// <summary>
    /// Where a section is marked as not needed (the sections that can be; see
    /// <see cref="Enquiry.SectionsThatCanBeNotNeeded"/>); best interests has its page inside mental capacity.
    /// </summary>
    public static string ToNotNeeded(this IUrlHelper url, int enquiryId, EnquirySection section) =>
        url.Action(section.ToString(), "EnquiryNotNeeded", new { id = enquiryId })!;

    /// <summary>Where to put right what stops the enquiry closing: its section's page, or the overview.</summary>
    public static string ToFix(this IUrlHelper url, int enquiryId, ClosureBlocker blocker) => blocker switch
    {
        ClosureBlocker.NoOutcomesReview => url.ToSection(enquiryId, EnquirySection.OutcomesReview),
        ClosureBlocker.RiskOutcomeMissing => url.ToSection(enquiryId, EnquirySection.RiskOutcome),
        _ => url.ToEnquiry(enquiryId),
    };
}
