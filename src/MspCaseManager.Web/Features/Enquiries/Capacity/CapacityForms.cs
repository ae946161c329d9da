using FluentValidation;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Enquiries.Capacity;

/// <summary>A mental capacity assessment as typed. Field names match <see cref="CapacityAssessmentDetails"/>.</summary>
public sealed class CapacityAssessmentForm
{
    public string? Decision { get; set; }

    public DateInput AssessedOn { get; set; } = new();

    public string? AssessorName { get; set; }

    public string? AssessorRole { get; set; }

    public bool? ImpairmentOrDisturbance { get; set; }

    public string? ImpairmentEvidence { get; set; }

    public Ability? Understand { get; set; }

    public string? UnderstandEvidence { get; set; }

    public Ability? Retain { get; set; }

    public string? RetainEvidence { get; set; }

    public Ability? UseOrWeigh { get; set; }

    public string? UseOrWeighEvidence { get; set; }

    public Ability? Communicate { get; set; }

    public string? CommunicateEvidence { get; set; }

    public string? PracticableSteps { get; set; }

    public CapacityConclusion? Conclusion { get; set; }

    public bool MayFluctuate { get; set; }

    public bool MayRegain { get; set; }

    public DateInput ReviewOn { get; set; } = new();

    public int Version { get; set; }

    public CapacityAssessmentDetails ToDetails() => new()
    {
        Decision = Decision,
        AssessedOn = AssessedOn.ToDate() ?? default,
        AssessorName = AssessorName,
        AssessorRole = AssessorRole,
        ImpairmentOrDisturbance = ImpairmentOrDisturbance,
        ImpairmentEvidence = ImpairmentEvidence,
        Understand = Understand,
        UnderstandEvidence = UnderstandEvidence,
        Retain = Retain,
        RetainEvidence = RetainEvidence,
        UseOrWeigh = UseOrWeigh,
        UseOrWeighEvidence = UseOrWeighEvidence,
        Communicate = Communicate,
        CommunicateEvidence = CommunicateEvidence,
        PracticableSteps = PracticableSteps,
        Conclusion = Conclusion,
        MayFluctuate = MayFluctuate,
        MayRegain = MayRegain,
        ReviewOn = MayFluctuate || MayRegain ? ReviewOn.ToDate() : null,
    };
}

public sealed class CapacityAssessmentFormValidator : AbstractValidator<CapacityAssessmentForm>
{
    public CapacityAssessmentFormValidator(TimeProvider time)
    {
        RuleFor(f => f.Decision).NotEmpty().WithMessage("Enter the specific decision being assessed");
        RuleFor(f => f.AssessedOn).ValidDate("the date of the assessment", time.Today);
        RuleFor(f => f.AssessorName).NotEmpty().WithMessage("Enter the assessor's name");
        RuleFor(f => f.ImpairmentOrDisturbance).NotNull()
            .WithMessage("Select whether there is an impairment of, or disturbance in the functioning of, the mind or brain");
        RuleFor(f => f.PracticableSteps).NotEmpty().WithMessage("Enter the practicable steps taken to support the person to make the decision");
        RuleFor(f => f.Conclusion).NotNull().WithMessage("Select the conclusion");
        RuleFor(f => f.ReviewOn).ValidDate("the date the assessment will be reviewed", time.Today, allowFuture: true)
            .When(f => f.MayFluctuate || f.MayRegain);
    }
}

/// <summary>One person consulted about a best-interests decision (a blank row is ignored).</summary>
public sealed class ConsulteeRow
{
    public string? Name { get; set; }

    public ConsulteeRole? Role { get; set; }

    public string? View { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && Role is null && string.IsNullOrWhiteSpace(View);
}

/// <summary>A factor for or against an option, with its weight (a blank row is ignored).</summary>
public sealed class FactorRow
{
    public string? Description { get; set; }

    public FactorWeight? Weight { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Description) && Weight is null;
}

/// <summary>One option on the balance sheet, with fixed rows of factors for and against.</summary>
public sealed class OptionRow
{
    public const int FactorRows = 2;

    public string? Description { get; set; }

    public bool IsStatusQuo { get; set; }

    public List<FactorRow> For { get; set; } = Rows<FactorRow>(FactorRows);

    public List<FactorRow> Against { get; set; } = Rows<FactorRow>(FactorRows);

    public bool IsBlank => string.IsNullOrWhiteSpace(Description) && For.TrueForAll(f => f.IsBlank) && Against.TrueForAll(f => f.IsBlank);

    public static List<T> Rows<T>(int count)
        where T : new() => Enumerable.Range(0, count).Select(_ => new T()).ToList();
}

/// <summary>
/// A best-interests decision as typed: the s4 checklist, consultees and a balance sheet in fixed
/// numbers of rows (blank rows are ignored), so no script is needed.
/// </summary>
public sealed class BestInterestsForm
{
    public const int ConsulteeRows = 3;
    public const int OptionRows = 3;

    public int? CapacityAssessmentId { get; set; }

    public string? CanDecisionWait { get; set; }

    public string? HowPersonTookPart { get; set; }

    public string? WishesFeelingsBeliefsAndValues { get; set; }

    public List<ConsulteeRow> Consultees { get; set; } = OptionRow.Rows<ConsulteeRow>(ConsulteeRows);

    public List<OptionRow> Options { get; set; } = OptionRow.Rows<OptionRow>(OptionRows);

    /// <summary>The number (1-based row) of the option chosen.</summary>
    public int? ChosenOption { get; set; }

    public bool? LeastRestrictiveOptionConsidered { get; set; }

    public string? Decision { get; set; }

    public string? Rationale { get; set; }

    public string? DecisionMaker { get; set; }

    public DateInput DecidedOn { get; set; } = new();

    public int Version { get; set; }

    public BestInterestsDetails ToDetails() => new()
    {
        CanDecisionWait = CanDecisionWait,
        HowPersonTookPart = HowPersonTookPart,
        WishesFeelingsBeliefsAndValues = WishesFeelingsBeliefsAndValues,
        Consultees = Consultees.Where(c => !c.IsBlank)
            .Select(c => new ConsulteeDetails(c.Name, c.Role ?? (ConsulteeRole)(-1), c.View)).ToList(),
        Options = Options.Select((o, i) => (Option: o, Number: i + 1)).Where(o => !o.Option.IsBlank)
            .Select(o => new BalanceSheetOptionDetails(
                o.Option.Description, o.Option.IsStatusQuo, ChosenOption == o.Number,
                Factors(o.Option.For, FactorDirection.For).Concat(Factors(o.Option.Against, FactorDirection.Against)).ToList()))
            .ToList(),
        LeastRestrictiveOptionConsidered = LeastRestrictiveOptionConsidered == true,
        Decision = Decision,
        Rationale = Rationale,
        DecisionMaker = DecisionMaker,
        DecidedOn = DecidedOn.ToDate() ?? default,
    };

    /// <summary>Makes sure the fixed rows are all there to render, however many were posted.</summary>
    public BestInterestsForm WithRows()
    {
        Consultees = Pad(Consultees, ConsulteeRows);
        Options = Pad(Options, OptionRows);
        foreach (var option in Options)
        {
            option.For = Pad(option.For, OptionRow.FactorRows);
            option.Against = Pad(option.Against, OptionRow.FactorRows);
        }

        return this;
    }

    private static IEnumerable<BalanceSheetFactorDetails> Factors(List<FactorRow> rows, FactorDirection direction) =>
        rows.Where(f => !f.IsBlank).Select(f => new BalanceSheetFactorDetails(direction, f.Description, f.Weight ?? (FactorWeight)(-1)));

    private static List<T> Pad<T>(List<T>? rows, int count)
        where T : new() => [.. (rows ?? []).Take(count), .. OptionRow.Rows<T>(Math.Max(0, count - (rows?.Count ?? 0)))];
}

public sealed class BestInterestsFormValidator : AbstractValidator<BestInterestsForm>
{
    public BestInterestsFormValidator(TimeProvider time)
    {
        RuleFor(f => f.CapacityAssessmentId).NotNull().WithMessage("Select the capacity assessment this decision follows");
        RuleFor(f => f.ChosenOption).NotNull().WithMessage("Select the option that was chosen");
        RuleFor(f => f.LeastRestrictiveOptionConsidered).Equal(true).WithMessage("Consider the least restrictive option before making the decision");
        RuleFor(f => f.DecidedOn).ValidDate("the date of the decision", time.Today);
    }
}
