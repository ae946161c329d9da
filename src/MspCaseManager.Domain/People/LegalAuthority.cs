using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.People;

/// <summary>
/// A Lasting Power of Attorney or a court-appointed Deputy acting for the adult. Never deleted: ended
/// (<see cref="IsCurrent"/> false) when it no longer applies. Created and changed only through <see cref="Adult"/>.
/// </summary>
public sealed class LegalAuthority : Entity
{
    public const int HolderNameMaxLength = 200;

    private LegalAuthority()
    {
        HolderName = null!;
    }

    /// <summary>Checks everything first and reports every refusal at once.</summary>
    internal LegalAuthority(LegalAuthorityKind? kind, string? holderName, DateOnly? registeredOn, DateOnly today)
    {
        var check = new RuleCheck();
        var validKind = check.Choice(kind, "Select the type of legal authority", nameof(Kind));
        var holder = check.Required(
            holderName, HolderNameMaxLength, "Enter the name of the attorney or deputy", "Name of the attorney or deputy", nameof(HolderName));
        check.OptionalPastDate(registeredOn, today, "Date registered must be today or in the past", nameof(RegisteredOn));
        check.ThrowIfAny();

        Kind = validKind!.Value;
        HolderName = holder!;
        RegisteredOn = registeredOn;
        IsCurrent = true;
    }

    public int AdultId { get; private set; }

    public LegalAuthorityKind Kind { get; private set; }

    /// <summary>The attorney or deputy.</summary>
    public string HolderName { get; private set; }

    /// <summary>When the power was registered with the Office of the Public Guardian, or the Deputy appointed.</summary>
    public DateOnly? RegisteredOn { get; private set; }

    public bool IsCurrent { get; private set; }

    internal void End() => IsCurrent = false;
}
