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

    /// <summary>Checks the role and name; <paramref name="field"/> prefixes the form field names.</summary>
    public static Representative Of(RepresentativeRole role, string? name, string field = nameof(Representative)) => new()
    {
        Role = Guard.Defined(role, "Select the representative's role", field + nameof(Role)),
        Name = Text.Required(name, NameMaxLength, "Enter the representative's name", "Representative's name", field + nameof(Name)),
    };
}
