using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Concerns;

/// <summary>What the s42 decision says should happen next.</summary>
public enum EnquiryRoute
{
    [Label("Section 42 enquiry")]
    Section42Enquiry,

    [Label("Other safeguarding enquiry")]
    OtherSafeguardingEnquiry,

    [Label("No enquiry")]
    NoEnquiry,
}
