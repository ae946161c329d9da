using MspCaseManager.Domain.Concerns;

namespace MspCaseManager.Web.Features.Concerns;

/// <summary>How a concern's allegations and where the abuse occurred read on a page.</summary>
public static class Allegations
{
    /// <summary>"Physical Abuse, Own Home, Service Provider" per allegation, one a line.</summary>
    public static string Describe(IEnumerable<Allegation> allegations) =>
        string.Join("\n", allegations.OrderBy(a => a.Number).Select(Describe));

    public static string Describe(Allegation allegation) =>
        $"{allegation.Type.ToLabel()}, {allegation.Location.ToLabel()}, {allegation.Source.ToLabel()}";

    public static string DescribeArea(Concern concern) => concern.AbuseOccurredIn switch
    {
        AbuseArea.AnotherCouncil => $"In another council's area: {concern.OtherCouncilName}",
        AbuseArea.ThisCouncil => AbuseArea.ThisCouncil.ToLabel(),
        _ => "Not recorded",
    };
}
