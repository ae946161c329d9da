using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Capacity;

/// <summary>One option on a best-interests balance sheet, with the factors for and against it.</summary>
public sealed class BalanceSheetOption : Entity
{
    public const int DescriptionMaxLength = 1000;

    private readonly List<BalanceSheetFactor> _factors = [];

    private BalanceSheetOption()
    {
        Description = null!;
    }

    internal BalanceSheetOption(int number, BalanceSheetOptionDetails details)
    {
        Number = number;
        Description = Text.Required(details.Description, DescriptionMaxLength,
            $"Describe option {number}", "Option", nameof(BestInterestsDetails.Options));
        IsStatusQuo = details.IsStatusQuo;
        IsChosen = details.IsChosen;
        _factors.AddRange((details.Factors ?? []).Select(f => new BalanceSheetFactor(f, Description)));
        if (_factors.Count == 0)
        {
            throw new DomainRuleException(
                $"Enter at least one factor for or against \"{Description}\"", nameof(BestInterestsDetails.Options));
        }
    }

    public int BestInterestsDecisionId { get; private set; }

    /// <summary>1, 2, 3... in the order entered.</summary>
    public int Number { get; private set; }

    public string Description { get; private set; }

    public bool IsStatusQuo { get; private set; }

    public bool IsChosen { get; private set; }

    public IReadOnlyList<BalanceSheetFactor> Factors => _factors;

    public IEnumerable<BalanceSheetFactor> For => _factors.Where(f => f.Direction == FactorDirection.For);

    public IEnumerable<BalanceSheetFactor> Against => _factors.Where(f => f.Direction == FactorDirection.Against);
}

public sealed class BalanceSheetFactor : Entity
{
    public const int DescriptionMaxLength = 1000;

    private BalanceSheetFactor()
    {
        Description = null!;
    }

    internal BalanceSheetFactor(BalanceSheetFactorDetails details, string option)
    {
        Direction = Guard.Defined(details.Direction, $"Select whether each factor is for or against \"{option}\"",
            nameof(BestInterestsDetails.Options));
        Description = Text.Required(details.Description, DescriptionMaxLength,
            $"Describe each factor for and against \"{option}\"", "Factor", nameof(BestInterestsDetails.Options));
        Weight = Guard.Defined(details.Weight, $"Select the weight of each factor for and against \"{option}\"",
            nameof(BestInterestsDetails.Options));
    }

    public int BalanceSheetOptionId { get; private set; }

    public FactorDirection Direction { get; private set; }

    public string Description { get; private set; }

    public FactorWeight Weight { get; private set; }
}
