using MspCaseManager.Domain.Concerns;

namespace MspCaseManager.Domain.Tests.Concerns;

/// <summary>SAC lists are submitted in exactly these words.</summary>
public class ConcernLabelTests
{
    [Fact]
    public void Labels_RiskType_AreSacVerbatim()
    {
        Assert.Equal(
            [
                "Physical Abuse", "Sexual Abuse", "Psychological Abuse", "Financial or Material Abuse",
                "Discriminatory Abuse", "Organisational Abuse", "Neglect and Acts of Omission", "Domestic Abuse",
                "Sexual Exploitation", "Modern Slavery", "Self-Neglect",
            ],
            Labels.All<RiskType>().Select(l => l.Label));
    }

    [Fact]
    public void Labels_RiskLocation_AreSacVerbatim()
    {
        Assert.Equal(
            [
                "Own Home", "In the Community (excluding Community Services)", "In a Community Service",
                "Care Home - Nursing", "Care Home - Residential", "Hospital - Acute", "Hospital - Mental Health",
                "Hospital - Community", "Other",
            ],
            Labels.All<RiskLocation>().Select(l => l.Label));
    }

    [Fact]
    public void Labels_RiskSource_AreSacVerbatim()
    {
        Assert.Equal(
            ["Service Provider", "Other - Known to Individual", "Other - Unknown to Individual"],
            Labels.All<RiskSource>().Select(l => l.Label));
    }
}
