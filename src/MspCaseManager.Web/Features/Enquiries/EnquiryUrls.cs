using Microsoft.AspNetCore.Mvc;

namespace MspCaseManager.Web.Features.Enquiries;

/// <summary>Links into an enquiry from anywhere, generated from the routes.</summary>
public static class EnquiryUrls
{
    /// <summary>The enquiry's overview.</summary>
    public static string ToEnquiry(this IUrlHelper url, int id) =>
        url.Action(nameof(EnquiriesController.Show), "Enquiries", new { id })!;
}
