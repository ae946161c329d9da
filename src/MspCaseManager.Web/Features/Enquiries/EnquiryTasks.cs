using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Web.Features.Enquiries;

/// <summary>One task on the overview: its status, its name, and its page when this user may open it.</summary>
public sealed record EnquiryTask(SectionStatus Status, string Name, string? Href);

/// <summary>A task list on the overview (<c>_TaskList</c>), named for tests by <paramref name="TestId"/>.</summary>
public sealed record EnquiryTaskList(string TestId, IReadOnlyList<EnquiryTask> Tasks);

/// <summary>Where each task on the enquiry overview leads (generated from the routes).</summary>
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
    public static string NotNeededHref(this IUrlHelper url, int enquiryId, EnquirySection section) =>
        url.Action(section.ToString(), "EnquiryNotNeeded", new { id = enquiryId })!;
}
