using MspCaseManager.Domain.Concerns;

namespace MspCaseManager.Domain.Tests.Concerns;

public class ConcernStatusTests
{
    [Theory]
    [InlineData(null, null, ConcernStatus.Received)]
    [InlineData(DecisionStatus.AwaitingAuthorisation, EnquiryRoute.Section42Enquiry, ConcernStatus.AwaitingAuthorisation)]
    [InlineData(DecisionStatus.Returned, EnquiryRoute.NoEnquiry, ConcernStatus.DecisionReturned)]
    [InlineData(DecisionStatus.Authorised, EnquiryRoute.Section42Enquiry, ConcernStatus.EnquiryOpened)]
    [InlineData(DecisionStatus.Authorised, EnquiryRoute.OtherSafeguardingEnquiry, ConcernStatus.EnquiryOpened)]
    [InlineData(DecisionStatus.Authorised, EnquiryRoute.NoEnquiry, ConcernStatus.ClosedNoEnquiry)]
    public void From_LatestDecision_GivesTheConcernsStatus(DecisionStatus? status, EnquiryRoute? route, ConcernStatus expected)
    {
        var result = ConcernStatuses.From(status, route);

        Assert.Equal(expected, result);
    }
}
