using MspCaseManager.Domain.Enquiries;
using static MspCaseManager.Domain.Tests.Enquiries.TestEnquiries;
using R = MspCaseManager.Domain.Enquiries.RiskAssessmentOutcome;

namespace MspCaseManager.Domain.Tests.Enquiries;

public class RiskOutcomeTests
{
    /// <summary>Every outcome, with and without a result of action, and whether that is accepted.</summary>
    [Theory]
    [InlineData(R.RiskIdentifiedActionTaken, false, false)]
    [InlineData(R.RiskIdentifiedActionTaken, true, true)]
    [InlineData(R.InconclusiveActionTaken, false, true)]
    [InlineData(R.InconclusiveActionTaken, true, true)]
    [InlineData(R.RiskIdentifiedNoAction, false, true)]
    [InlineData(R.RiskIdentifiedNoAction, true, false)]
    [InlineData(R.InconclusiveNoAction, false, true)]
    [InlineData(R.InconclusiveNoAction, true, false)]
    [InlineData(R.NoRiskActionTaken, false, true)]
    [InlineData(R.NoRiskActionTaken, true, false)]
    [InlineData(R.NoRiskNoAction, false, true)]
    [InlineData(R.NoRiskNoAction, true, false)]
    [InlineData(R.CeasedAtIndividualsRequest, false, true)]
    [InlineData(R.CeasedAtIndividualsRequest, true, false)]
    public void RecordRiskOutcome_ResultOfAction_RequiredOnlyForRiskIdentifiedAndActionTaken(R outcome, bool withResult, bool accepted)
    {
        var enquiry = Open();
        ResultOfAction? result = withResult ? ResultOfAction.RiskReduced : null;

        var error = Record.Exception(() => enquiry.RecordRiskOutcome(outcome, result));

        if (accepted)
        {
            Assert.Null(error);
            Assert.Equal(outcome, enquiry.RiskOutcome);
            Assert.Equal(result, enquiry.ResultOfAction);
        }
        else
        {
            Assert.Equal(nameof(Enquiry.ResultOfAction), Assert.IsType<DomainRuleException>(error).Field);
            Assert.Null(enquiry.RiskOutcome);
        }
    }

    [Fact]
    public void ResultOfActionRule_EverySacOutcome_HasARule()
    {
        Assert.Equal(
            [
                ResultOfActionRule.Required, ResultOfActionRule.NotAsked, ResultOfActionRule.Optional, ResultOfActionRule.NotAsked,
                ResultOfActionRule.NotAsked, ResultOfActionRule.NotAsked, ResultOfActionRule.NotAsked,
            ],
            Enum.GetValues<R>().Select(o => o.ResultOfActionRule()));
    }

    [Fact]
    public void Labels_RiskOutcomeAndResult_AreSacVerbatim()
    {
        Assert.Equal(
            [
                "Risk identified and action taken", "Risk identified and no action taken",
                "Risk - assessment inconclusive and action taken", "Risk - assessment inconclusive and no action taken",
                "No risk identified and action taken", "No risk identified and no action taken",
                "Enquiry ceased at individual's request and no action taken",
            ],
            Labels.All<R>().Select(l => l.Label));
        Assert.Equal(["Risk remained", "Risk reduced", "Risk removed"], Labels.All<ResultOfAction>().Select(l => l.Label));
    }
}
