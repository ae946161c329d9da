using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Web.Features.Enquiries;

/// <summary>Why a section of the enquiry is not needed. Field names match <see cref="SectionNotNeeded"/>.</summary>
public sealed class NotNeededForm : IVersionedForm
{
    public string? Reason { get; set; }

    public int Version { get; set; }

    /// <summary>The question, as the page heading, for each section that can be not needed.</summary>
    public static string Question(EnquirySection section) => section switch
    {
        EnquirySection.MentalCapacity => "Why is a mental capacity assessment not needed?",
        EnquirySection.BestInterests => "Why is a best-interests decision not needed?",
        EnquirySection.Advocacy => "Why is advocacy not needed?",
        _ => "Why is a safeguarding plan not needed?",
    };

    public static string? Hint(EnquirySection section) => section switch
    {
        EnquirySection.MentalCapacity => "For example, there is no reason to doubt they can make their own decisions about the enquiry",
        EnquirySection.BestInterests => "For example, their health and welfare attorney is making the decision",
        EnquirySection.Advocacy => "For example, they can take part fully without support",
        _ => "For example, the risk has already been removed",
    };
}
