using MspCaseManager.Domain.Common;
using MspCaseManager.Domain.People;

namespace MspCaseManager.Domain.Capacity;

/// <summary>
/// Someone whose view was sought for a best-interests decision (MCA s4(7)): one of the people
/// important to the adult, an attorney or deputy on their record, or someone named for this
/// decision. The name is kept as it was then, with a link to the record it was picked from.
/// </summary>
public sealed class Consultee : Entity
{
    public const int NameMaxLength = 200;
    public const int ViewMaxLength = 4000;

    private Consultee()
    {
        Name = null!;
        View = null!;
    }

    private Consultee(int? importantPersonId, int? legalAuthorityId, string name, ConsulteeRole role, string view)
    {
        ImportantPersonId = importantPersonId;
        LegalAuthorityId = legalAuthorityId;
        Name = name;
        Role = role;
        View = view;
    }

    public int BestInterestsDecisionId { get; private set; }

    /// <summary>The person important to the adult this consultee is, when picked from their record.</summary>
    public int? ImportantPersonId { get; private set; }

    /// <summary>The attorney's or deputy's authority, when picked from the adult's record.</summary>
    public int? LegalAuthorityId { get; private set; }

    public string Name { get; private set; }

    public ConsulteeRole Role { get; private set; }

    public string View { get; private set; }

    /// <summary>The role an attorney or deputy has when consulted.</summary>
    public static ConsulteeRole RoleOf(LegalAuthorityKind kind) => kind switch
    {
        LegalAuthorityKind.LastingPowerOfAttorneyHealthAndWelfare => ConsulteeRole.LpaHealthAndWelfare,
        LegalAuthorityKind.LastingPowerOfAttorneyPropertyAndFinancialAffairs => ConsulteeRole.LpaPropertyAndFinancialAffairs,
        _ => ConsulteeRole.Deputy,
    };

    /// <summary>
    /// Checks the <paramref name="index"/>th consultee (fields <c>Consultees[index].*</c>) against
    /// the adult's record; null when <paramref name="check"/> refused any of it.
    /// </summary>
    internal static Consultee? Check(RuleCheck check, ConsulteeDetails details, int index, Adult adult)
    {
        var field = $"{nameof(BestInterestsDetails.Consultees)}[{index}]";
        var number = index + 1;
        int? importantPersonId = null;
        int? legalAuthorityId = null;
        string? name;
        ConsulteeRole? role;
        if (details.LegalAuthorityId is { } authorityId)
        {
            var authority = adult.LegalAuthorities.FirstOrDefault(a => a.Id == authorityId && a.IsCurrent);
            check.RefuseIf(authority is null, "Choose an attorney or deputy on the adult's record", field);
            legalAuthorityId = authority?.Id;
            name = authority?.HolderName;
            role = authority is null ? null : RoleOf(authority.Kind);
        }
        else
        {
            if (details.ImportantPersonId is { } personId)
            {
                var person = adult.ImportantPeople.FirstOrDefault(p => p.Id == personId && p.IsCurrent);
                check.RefuseIf(person is null, "Choose one of the people important to the adult", field);
                importantPersonId = person?.Id;
                name = person?.Name;
            }
            else
            {
                name = check.Required(details.Name, NameMaxLength, $"Enter the name of person consulted {number}", "Name", field + ".Name");
            }

            role = check.Choice(details.Role, name is null ? $"Select the role of person consulted {number}" : $"Select {name}'s role",
                field + ".Role");
        }

        var view = check.Required(details.View, ViewMaxLength,
            name is null ? $"Enter the view of person consulted {number}" : $"Enter {name}'s view", "View", field + ".View");
        return name is not null && role is { } validRole && view is not null
            ? new Consultee(importantPersonId, legalAuthorityId, name, validRole, view)
            : null;
    }
}
