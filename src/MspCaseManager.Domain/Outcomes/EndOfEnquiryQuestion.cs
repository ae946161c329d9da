using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Outcomes;

/// <summary>The questions the social worker asks at the end of the enquiry (Norfolk SAB, April 2023).</summary>
public enum EndOfEnquiryQuestion
{
    [Label("Have you got the goals you wanted?")]
    GotGoalsWanted,

    [Label("Did we give you a chance to say what you wanted to happen next and feed back to you?")]
    ChanceToSayAndFeedBack,

    [Label("Did you feel you were listened to?")]
    ListenedTo,

    [Label("Did we act on your wishes and views?")]
    ActedOnWishes,

    [Label("Do you feel as safe as you want to feel?")]
    FeelAsSafeAsWanted,

    [Label("Do you feel happier as a result of the support about your concerns?")]
    FeelHappier,
}

public enum QuestionAnswer
{
    [Label("Yes")]
    Yes,

    [Label("Partly")]
    Partly,

    [Label("No")]
    No,

    [Label("Did not want to answer")]
    DidNotWantToAnswer,

    [Label("Not asked")]
    NotAsked,
}
