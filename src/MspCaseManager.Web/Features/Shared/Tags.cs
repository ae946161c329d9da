using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Web.Features.Shared;

/// <summary>GOV.UK tag colours for statuses, the same wherever a status is shown.</summary>
public static class Tags
{
    public static string For(ConcernStatus status) => status switch
    {
        ConcernStatus.Received => "govuk-tag--blue",
        ConcernStatus.AwaitingAuthorisation => "govuk-tag--yellow",
        ConcernStatus.DecisionReturned => "govuk-tag--red",
        ConcernStatus.EnquiryOpened => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };

    public static string For(DecisionStatus status) => status switch
    {
        DecisionStatus.AwaitingAuthorisation => "govuk-tag--yellow",
        DecisionStatus.Authorised => "govuk-tag--green",
        _ => "govuk-tag--red",
    };

    public static string For(EnquiryStatus status) => status switch
    {
        EnquiryStatus.Open => "govuk-tag--green",
        EnquiryStatus.ClosureRequested => "govuk-tag--yellow",
        _ => "govuk-tag--grey",
    };
}
