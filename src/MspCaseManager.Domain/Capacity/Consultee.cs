using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Capacity;

/// <summary>Someone whose view was sought for a best-interests decision.</summary>
public sealed class Consultee : Entity
{
    public const int NameMaxLength = 200;
    public const int ViewMaxLength = 4000;

    private Consultee()
    {
        Name = null!;
        View = null!;
    }

    internal Consultee(ConsulteeDetails details)
    {
        Name = Text.Required(details.Name, NameMaxLength, "Enter the consultee's name", "Consultee's name", nameof(BestInterestsDetails.Consultees));
        Role = Guard.Defined(details.Role, "Select the consultee's role", nameof(BestInterestsDetails.Consultees));
        View = Text.Required(details.View, ViewMaxLength, $"Enter {Name}'s view", "View", nameof(BestInterestsDetails.Consultees));
    }

    public int BestInterestsDecisionId { get; private set; }

    public string Name { get; private set; }

    public ConsulteeRole Role { get; private set; }

    public string View { get; private set; }
}
