using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Outcomes;

/// <summary>
/// Someone speaking for the adult, with their role and name. A value: replaced, never changed.
/// An allocated advocate can be made one with <see cref="Enquiries.Enquiry.AdvocateAsRepresentative"/>.
/// </summary>
public sealed record Representative
{
    public const int NameMaxLength = 200;

    private Representative()
    {
        Name = null!;
    }

    public RepresentativeRole Role { get; private init; }

    public string Name { get; private init; }

    /// <summary>Checks the role and name, refusing both at once; <paramref name="field"/> prefixes the form field names.</summary>
    public static Representative Of(RepresentativeRole? role, string? name, string field = nameof(Representative))
    {
        var check = new RuleCheck();
        var validRole = check.Choice(role, "Select the representative's role", field + nameof(Role));
        var validName = check.Required(name, NameMaxLength, "Enter the representative's name", "Representative's name", field + nameof(Name));
        check.ThrowIfAny();
        return new Representative { Role = validRole!.Value, Name = validName! };
    }
}
