using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Enquiries;

public enum EnquiryType
{
    [Label("Section 42 enquiry")]
    Section42,

    [Label("Other safeguarding enquiry")]
    OtherSafeguarding,
}
