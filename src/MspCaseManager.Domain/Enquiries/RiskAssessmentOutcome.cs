using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Enquiries;

/// <summary>SAC: the risk assessment outcome of a concluded enquiry.</summary>
public enum RiskAssessmentOutcome
{
    [Label("Risk identified and action taken")]
    RiskIdentifiedActionTaken,

    [Label("Risk identified and no action taken")]
    RiskIdentifiedNoAction,

    [Label("Risk - assessment inconclusive and action taken")]
    InconclusiveActionTaken,

    [Label("Risk - assessment inconclusive and no action taken")]
    InconclusiveNoAction,

    [Label("No risk identified and action taken")]
    NoRiskActionTaken,

    [Label("No risk identified and no action taken")]
    NoRiskNoAction,

    [Label("Enquiry ceased at individual's request and no action taken")]
    CeasedAtIndividualsRequest,
}

/// <summary>SAC: the result of action, where risk was identified and action taken.</summary>
public enum ResultOfAction
{
    [Label("Risk remained")]
    RiskRemained,

    [Label("Risk reduced")]
    RiskReduced,

    [Label("Risk removed")]
    RiskRemoved,
}

/// <summary>Whether the result of action is asked for a risk assessment outcome.</summary>
public enum ResultOfActionRule
{
    /// <summary>"Risk identified and action taken": the base the SAC reports result of action on.</summary>
    Required,

    /// <summary>"Risk - assessment inconclusive and action taken": action was taken, so its result can be said.</summary>
    Optional,

    /// <summary>No action taken, or no risk: there is no result of action to report.</summary>
    NotAsked,
}

public static class RiskOutcomes
{
    public static ResultOfActionRule ResultOfActionRule(this RiskAssessmentOutcome outcome) => outcome switch
    {
        RiskAssessmentOutcome.RiskIdentifiedActionTaken => Enquiries.ResultOfActionRule.Required,
        RiskAssessmentOutcome.InconclusiveActionTaken => Enquiries.ResultOfActionRule.Optional,
        _ => Enquiries.ResultOfActionRule.NotAsked,
    };
}
