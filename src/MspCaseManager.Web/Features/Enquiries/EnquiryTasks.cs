using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Web.Features.Enquiries;

/// <summary>Where each task on the enquiry overview leads, and the combined review-and-closure status.</summary>
public static class EnquiryTasks
{
    public static string Href(int enquiryId, EnquirySection section) => section switch
    {
        EnquirySection.DesiredOutcomes => $"/enquiries/{enquiryId}/outcomes",
        EnquirySection.Consent => $"/enquiries/{enquiryId}/consent",
        EnquirySection.MentalCapacity => $"/enquiries/{enquiryId}/capacity",
        EnquirySection.BestInterests => $"/enquiries/{enquiryId}/capacity#best-interests",
        EnquirySection.Advocacy => $"/enquiries/{enquiryId}/advocacy",
        EnquirySection.SafeguardingPlan => $"/enquiries/{enquiryId}/plan",
        _ => $"/enquiries/{enquiryId}/review",
    };

    /// <summary>Where a section is marked as not needed (best interests has its own page inside mental capacity).</summary>
    public static string NotNeededHref(int enquiryId, EnquirySection section) => section == EnquirySection.BestInterests
        ? $"/enquiries/{enquiryId}/capacity/best-interests/not-needed"
        : Href(enquiryId, section) + "/not-needed";

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
