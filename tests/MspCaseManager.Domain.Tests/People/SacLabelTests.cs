using MspCaseManager.Domain.People;

namespace MspCaseManager.Domain.Tests.People;

/// <summary>SAC lists are submitted in exactly these words.</summary>
public class SacLabelTests
{
    [Fact]
    public void Labels_Gender_AreSacVerbatim()
    {
        Assert.Equal(["Male", "Female", "Not Known"], Labels.All<Gender>().Select(l => l.Label));
    }

    [Fact]
    public void Labels_Ethnicity_AreSacVerbatim()
    {
        Assert.Equal(
            [
                "White", "Mixed / Multiple", "Asian / Asian British", "Black / African / Caribbean / Black British",
                "Other Ethnic Group", "Refused", "Undeclared / Not Known",
            ],
            Labels.All<Ethnicity>().Select(l => l.Label));
    }

    [Fact]
    public void Labels_PrimarySupportReason_AreSacVerbatim()
    {
        Assert.Equal(
            [
                "Physical Support", "Sensory Support", "Support with Memory and Cognition", "Learning Disability Support",
                "Mental Health Support", "Social Support", "No Support Reason", "Not Known",
            ],
            Labels.All<PrimarySupportReason>().Select(l => l.Label));
    }

    [Fact]
    public void Labels_AgeBand_AreSacVerbatimAfterUnder18()
    {
        Assert.Equal(
            ["Under 18", "18-64", "65-74", "75-84", "85-94", "95+"],
            Labels.All<SacAgeBand>().Select(l => l.Label));
    }
}
