using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Capacity;

/// <summary>One option on a best-interests balance sheet, with the factors for and against it.</summary>
public sealed class BalanceSheetOption : Entity
{
    public const int NameMaxLength = 1000;

    private readonly List<BalanceSheetFactor> _factors = [];

    private BalanceSheetOption()
    {
        Name = null!;
    }

    private BalanceSheetOption(int number, string name, bool isStatusQuo, bool isChosen, IEnumerable<BalanceSheetFactor> factors)
    {
        Number = number;
        Name = name;
        IsStatusQuo = isStatusQuo;
        IsChosen = isChosen;
        _factors.AddRange(factors);
    }

    public int BestInterestsDecisionId { get; private set; }

    /// <summary>1, 2, 3... in the order entered.</summary>
    public int Number { get; private set; }

    /// <summary>What the option is, in a few words ("Move to a care home near her daughter").</summary>
    public string Name { get; private set; }

    public bool IsStatusQuo { get; private set; }

    public bool IsChosen { get; private set; }

    public IReadOnlyList<BalanceSheetFactor> Factors => _factors;

    public IEnumerable<BalanceSheetFactor> For => _factors.Where(f => f.Direction == FactorDirection.For);

    public IEnumerable<BalanceSheetFactor> Against => _factors.Where(f => f.Direction == FactorDirection.Against);

    /// <summary>
    /// Checks the <paramref name="index"/>th option (fields <c>Options[index].*</c>): a name and at
    /// least one factor, each described and weighed; null when <paramref name="check"/> refused any of it.
    /// </summary>
    internal static BalanceSheetOption? Check(RuleCheck check, BalanceSheetOptionDetails details, int index, bool isChosen)
    {
        var field = $"{nameof(BestInterestsDetails.Options)}[{index}]";
        var number = index + 1;
        var name = check.Required(details.Name, NameMaxLength, $"Enter the name of option {number}", "Name of the option", field + ".Name");
        var about = name is null ? $"option {number}" : $"\"{name}\"";
        var factors = CheckFactors(check, details.For, FactorDirection.For, field, about)
            .Concat(CheckFactors(check, details.Against, FactorDirection.Against, field, about))
            .ToList();
        check.RefuseIf((details.For?.Count ?? 0) + (details.Against?.Count ?? 0) == 0,
            $"Enter at least one factor for or against {about}", field + ".For[0].Description");
        return name is not null && factors.TrueForAll(f => f is not null)
            ? new BalanceSheetOption(number, name, details.IsStatusQuo, isChosen, factors.OfType<BalanceSheetFactor>())
            : null;
    }

    private static IEnumerable<BalanceSheetFactor?> CheckFactors(
        RuleCheck check, IReadOnlyList<BalanceSheetFactorDetails>? factors, FactorDirection direction, string optionField, string about)
    {
        var list = direction == FactorDirection.For ? nameof(For) : nameof(Against);
        var which = direction == FactorDirection.For ? "for" : "against";
        return (factors ?? []).Select((factor, i) =>
        {
            var field = $"{optionField}.{list}[{i}]";
            var description = check.Required(factor.Description, BalanceSheetFactor.DescriptionMaxLength,
                $"Enter factor {i + 1} {which} {about}", "Factor", field + ".Description");
            var weight = check.Choice(factor.Weight, $"Select the weight of factor {i + 1} {which} {about}", field + ".Weight");
            return description is not null && weight is { } w ? new BalanceSheetFactor(direction, description, w) : null;
        }).ToList();
    }
}

public sealed class BalanceSheetFactor : Entity
{
    public const int DescriptionMaxLength = 1000;

    private BalanceSheetFactor()
    {
        Description = null!;
    }

    internal BalanceSheetFactor(FactorDirection direction, string description, FactorWeight weight)
    {
        Direction = direction;
        Description = description;
        Weight = weight;
    }

    public int BalanceSheetOptionId { get; private set; }

    public FactorDirection Direction { get; private set; }

    public string Description { get; private set; }

    public FactorWeight Weight { get; private set; }
}
