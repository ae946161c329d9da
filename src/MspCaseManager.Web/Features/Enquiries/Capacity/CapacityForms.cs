using System.Globalization;
using FluentValidation;
using MspCaseManager.Domain.Advocacy;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Web.Features.Shared.Forms;
using static System.FormattableString;

namespace MspCaseManager.Web.Features.Enquiries.Capacity;

/// <summary>A mental capacity assessment as typed. Field names match <see cref="CapacityAssessmentDetails"/>.</summary>
public sealed class CapacityAssessmentForm : IVersionedForm
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

    public bool? MayFluctuate { get; set; }

    public bool? MayRegain { get; set; }

    public DateInput ReviewOn { get; set; } = new();

    public int Version { get; set; }

    public bool NeedsReview => MayFluctuate == true || MayRegain == true;

    public CapacityAssessmentDetails ToDetails() => new()
    {
        Decision = Decision,
        AssessedOn = AssessedOn.ToDate(),
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
        ReviewOn = NeedsReview ? ReviewOn.ToDate() : null,
    };
}

/// <summary>What only the web knows: whether the dates typed are real dates. The assessment's rules are <see cref="CapacityAssessment"/>'s.</summary>
public sealed class CapacityAssessmentFormValidator : AbstractValidator<CapacityAssessmentForm>
{
    public CapacityAssessmentFormValidator()
    {
        RuleFor(f => f.AssessedOn).RealDate("Date of the assessment");
        RuleFor(f => f.ReviewOn).RealDate("Review date").When(f => f.NeedsReview);
    }
}

/// <summary>
/// One person consulted: picked from the adult's record (the people important to them, or an
/// attorney or deputy) or named here.
/// </summary>
public sealed class ConsulteeRow
{
    public int? ImportantPersonId { get; set; }

    public int? LegalAuthorityId { get; set; }

    public string? Name { get; set; }

    public ConsulteeRole? Role { get; set; }

    public string? View { get; set; }

    public bool IsPicked => ImportantPersonId is not null || LegalAuthorityId is not null;

    public bool IsBlank => !IsPicked && string.IsNullOrWhiteSpace(Name) && Role is null && string.IsNullOrWhiteSpace(View);

    public ConsulteeDetails ToDetails() => new()
    {
        ImportantPersonId = ImportantPersonId,
        LegalAuthorityId = LegalAuthorityId,
        Name = IsPicked ? null : Name,
        Role = LegalAuthorityId is null ? Role : null,
        View = View,
    };
}

/// <summary>A factor for or against an option, with its weight.</summary>
public sealed class FactorRow
{
    public string? Description { get; set; }

    public FactorWeight? Weight { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Description) && Weight is null;
}

/// <summary>One option on the balance sheet, with its factors for and against.</summary>
public sealed class OptionRow
{
    public string? Name { get; set; }

    public bool IsStatusQuo { get; set; }

    public List<FactorRow> For { get; set; } = [new()];

    public List<FactorRow> Against { get; set; } = [new()];

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && !IsStatusQuo && For.TrueForAll(f => f.IsBlank) && Against.TrueForAll(f => f.IsBlank);
}

/// <summary>
/// A best-interests decision as typed. Field names match <see cref="BestInterestsDetails"/>. The
/// people consulted, the options and their factors are lists the user adds to and removes from
/// one at a time (<see cref="Edit"/>: the page comes back with the change and nothing else is
/// checked), so the page is as long as the decision. Blank rows are dropped before saving.
/// </summary>
public sealed class BestInterestsForm : IVersionedForm
{
    public const string SomeoneElse = "other";

    public int? CapacityAssessmentId { get; set; }

    public bool? NotDecidedOnAgeAppearanceConditionOrBehaviour { get; set; }

    public string? RelevantCircumstances { get; set; }

    public string? CanDecisionWait { get; set; }

    public string? HowPersonTookPart { get; set; }

    public string? WishesFeelingsBeliefsAndValues { get; set; }

    public List<ConsulteeRow> Consultees { get; set; } = [];

    /// <summary>Who to add to the people consulted: <c>person-{id}</c>, <c>authority-{id}</c> or <see cref="SomeoneElse"/>.</summary>
    public string? ConsulteeToAdd { get; set; }

    public List<OptionRow> Options { get; set; } = [new(), new()];

    /// <summary>The number of the option chosen (1 for the first).</summary>
    public int? ChosenOption { get; set; }

    public bool? LeastRestrictiveOptionConsidered { get; set; }

    public string? Decision { get; set; }

    public string? Rationale { get; set; }

    /// <summary>The attorney or deputy on the adult's record who made the decision; null when someone else did.</summary>
    public int? DecisionMakerLegalAuthorityId { get; set; }

    public string? DecisionMaker { get; set; }

    public DateInput DecidedOn { get; set; } = new();

    public int Version { get; set; }

    /// <summary>The add or remove button pressed, when it was not the save button (see <see cref="BestInterestsEdit"/>).</summary>
    public string? Edit { get; set; }

    public BestInterestsDetails ToDetails() => new()
    {
        CapacityAssessmentId = CapacityAssessmentId,
        NotDecidedOnAgeAppearanceConditionOrBehaviour = NotDecidedOnAgeAppearanceConditionOrBehaviour,
        RelevantCircumstances = RelevantCircumstances,
        CanDecisionWait = CanDecisionWait,
        HowPersonTookPart = HowPersonTookPart,
        WishesFeelingsBeliefsAndValues = WishesFeelingsBeliefsAndValues,
        Consultees = Consultees.Select(c => c.ToDetails()).ToList(),
        Options = Options.Select(o => new BalanceSheetOptionDetails
        {
            Name = o.Name,
            IsStatusQuo = o.IsStatusQuo,
            For = o.For.Select(Factor).ToList(),
            Against = o.Against.Select(Factor).ToList(),
        }).ToList(),
        ChosenOption = ChosenOption,
        LeastRestrictiveOptionConsidered = LeastRestrictiveOptionConsidered,
        Decision = Decision,
        Rationale = Rationale,
        DecisionMakerLegalAuthorityId = DecisionMakerLegalAuthorityId,
        DecisionMaker = DecisionMakerLegalAuthorityId is null ? DecisionMaker : null,
        DecidedOn = DecidedOn.ToDate(),
    };

    /// <summary>
    /// Drops the rows nothing was typed in (and keeps the chosen option pointing at the same
    /// option), so that the rows saved, and any refusal of them, are the rows the user sees.
    /// </summary>
    public BestInterestsForm WithoutBlankRows()
    {
        Consultees = Consultees.Where(c => !c.IsBlank).ToList();
        foreach (var option in Options)
        {
            option.For = option.For.Where(f => !f.IsBlank).ToList();
            option.Against = option.Against.Where(f => !f.IsBlank).ToList();
        }

        var chosen = ChosenOption is { } n && n >= 1 && n <= Options.Count ? Options[n - 1] : null;
        Options = Options.Where(o => !o.IsBlank).ToList();
        ChosenOption = chosen is null || chosen.IsBlank ? null : Options.IndexOf(chosen) + 1;
        return this;
    }

    /// <summary>
    /// Makes sure there is somewhere to type: at least two options, each with a factor for and one
    /// against. Rows are added at the end, so no row changes its number.
    /// </summary>
    public BestInterestsForm WithRowsToFill()
    {
        while (Options.Count < BestInterestsDecision.MinimumOptions)
        {
            Options.Add(new OptionRow());
        }

        foreach (var option in Options)
        {
            if (option.For.Count == 0)
            {
                option.For.Add(new FactorRow());
            }

            if (option.Against.Count == 0)
            {
                option.Against.Add(new FactorRow());
            }
        }

        return this;
    }

    /// <summary>The option's name as typed, or "Option 2" until it has one.</summary>
    public string OptionName(int index) =>
        string.IsNullOrWhiteSpace(Options[index].Name) ? $"Option {index + 1}" : Options[index].Name!.Trim();

    private static BalanceSheetFactorDetails Factor(FactorRow row) => new(row.Description, row.Weight);
}

/// <summary>
/// The add and remove buttons of the best-interests form, as the value each posts in
/// <see cref="BestInterestsForm.Edit"/>, and what each does to the form.
/// </summary>
public static class BestInterestsEdit
{
    public const string AddConsultee = "add-consultee";
    public const string AddOption = "add-option";

    public static string RemoveConsultee(int index) => Invariant($"remove-consultee:{index}");

    public static string RemoveOption(int index) => Invariant($"remove-option:{index}");

    public static string AddFactor(int option, bool isFor) => Invariant($"add-{(isFor ? "for" : "against")}:{option}");

    public static string RemoveFactor(int option, bool isFor, int factor) => Invariant($"remove-{(isFor ? "for" : "against")}:{option}:{factor}");

    /// <summary>
    /// Applies the button pressed to the form; false when the edit is not one of these buttons or
    /// names a row that is not there (adding a consultee needs someone chosen to add).
    /// </summary>
    public static bool Apply(BestInterestsForm form, ConsulteeChoices choices)
    {
        var parts = (form.Edit ?? string.Empty).Split(':');
        int At(int part) => parts.Length > part && int.TryParse(parts[part], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        var option = At(1);
        var hasOption = option >= 0 && option < form.Options.Count;
        switch (parts[0])
        {
            case AddConsultee when choices.Row(form.ConsulteeToAdd) is { } row:
                form.Consultees.Add(row);
                form.ConsulteeToAdd = null;
                return true;
            case "remove-consultee" when option >= 0 && option < form.Consultees.Count:
                form.Consultees.RemoveAt(option);
                return true;
            case AddOption:
                form.Options.Add(new OptionRow());
                return true;
            case "remove-option" when hasOption:
                var chosen = form.ChosenOption;
                form.Options.RemoveAt(option);
                form.ChosenOption = chosen == option + 1 ? null : chosen > option + 1 ? chosen - 1 : chosen;
                return true;
            case "add-for" or "add-against" when hasOption:
                (parts[0] == "add-for" ? form.Options[option].For : form.Options[option].Against).Add(new FactorRow());
                return true;
            case "remove-for" or "remove-against" when hasOption:
                var factors = parts[0] == "remove-for" ? form.Options[option].For : form.Options[option].Against;
                var factor = At(2);
                if (factor < 0 || factor >= factors.Count)
                {
                    return false;
                }

                factors.RemoveAt(factor);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The id of the part of the page showing a consultee (where the page returns to after adding one).</summary>
    public static string ConsulteeId(int index) => Invariant($"consultee-{index}");

    public static string OptionId(int index) => Invariant($"option-{index}");

    public static string FactorId(int option, bool isFor, int factor) => Invariant($"option-{option}-{(isFor ? "for" : "against")}-{factor}");
}

/// <summary>
/// Who can be added to the people consulted: the attorneys and deputies and the people important
/// to the adult on their record (current ones only, each once), the advocates allocated in this
/// enquiry, or someone else.
/// </summary>
public sealed class ConsulteeChoices(Domain.People.Adult adult, IReadOnlyList<AdvocacyReferral> referrals)
{
    public Domain.People.Adult Adult { get; } = adult;

    /// <summary>The choices not yet added, for the "Add someone who was consulted" list.</summary>
    public IReadOnlyList<GovUkOption> NotYetAdded(IReadOnlyList<ConsulteeRow> added) =>
        Adult.LegalAuthorities.Where(a => a.IsCurrent && added.All(c => c.LegalAuthorityId != a.Id))
            .Select(a => new GovUkOption(Invariant($"authority-{a.Id}"), $"{a.HolderName} ({a.Kind.ToLabel()})"))
            .Concat(Adult.ImportantPeople.Where(p => p.IsCurrent && added.All(c => c.ImportantPersonId != p.Id))
                .Select(p => new GovUkOption(Invariant($"person-{p.Id}"), $"{p.Name} ({p.Relationship})")))
            .Concat(Advocates.Where(r => added.All(c => c.Name?.Trim() != r.AdvocateName))
                .Select(r => new GovUkOption(Invariant($"advocate-{r.Id}"), $"{r.AdvocateName} ({r.Type.ToLabel()}, {r.Provider})")))
            .Append(new GovUkOption(BestInterestsForm.SomeoneElse, "Someone else"))
            .ToList();

    /// <summary>A new row for the choice made, or null when nothing (or something unknown) was chosen.</summary>
    public ConsulteeRow? Row(string? choice)
    {
        if (choice == BestInterestsForm.SomeoneElse)
        {
            return new ConsulteeRow();
        }

        var parts = (choice ?? string.Empty).Split('-');
        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        return parts[0] switch
        {
            "authority" when Adult.LegalAuthorities.Any(a => a.Id == id && a.IsCurrent) => new ConsulteeRow { LegalAuthorityId = id },
            "person" when Adult.ImportantPeople.Any(p => p.Id == id && p.IsCurrent) => new ConsulteeRow { ImportantPersonId = id },
            "advocate" when Advocates.FirstOrDefault(r => r.Id == id) is { } referral => new ConsulteeRow
            {
                Name = referral.AdvocateName,
                Role = referral.Type == AdvocacyType.Imca ? ConsulteeRole.Imca : ConsulteeRole.CareActAdvocate,
            },
            _ => null,
        };
    }

    /// <summary>Who a row is, as the page shows it: the name on the adult's record for someone picked from it.</summary>
    public string? NameOf(ConsulteeRow row) =>
        row.LegalAuthorityId is { } authorityId ? Adult.LegalAuthorities.FirstOrDefault(a => a.Id == authorityId)?.HolderName
        : row.ImportantPersonId is { } personId ? Adult.ImportantPeople.FirstOrDefault(p => p.Id == personId)?.Name
        : string.IsNullOrWhiteSpace(row.Name) ? null : row.Name.Trim();

    /// <summary>What a picked row is on the adult's record ("Daughter", "Lasting Power of Attorney - health and welfare").</summary>
    public string? DescriptionOf(ConsulteeRow row) =>
        row.LegalAuthorityId is { } authorityId ? Adult.LegalAuthorities.FirstOrDefault(a => a.Id == authorityId)?.Kind.ToLabel()
        : row.ImportantPersonId is { } personId ? Adult.ImportantPeople.FirstOrDefault(p => p.Id == personId)?.Relationship
        : null;

    /// <summary>The advocates allocated to the adult in this enquiry.</summary>
    private IEnumerable<AdvocacyReferral> Advocates =>
        referrals.Where(r => r.Status == ReferralStatus.Allocated && r.AdvocateName is not null);

    /// <summary>The attorneys and deputies who could make a decision for the adult.</summary>
    public IReadOnlyList<Domain.People.LegalAuthority> Authorities => Adult.LegalAuthorities.Where(a => a.IsCurrent).ToList();

}

/// <summary>What only the web knows: whether the date typed is a real date. The decision's rules are <see cref="BestInterestsDecision"/>'s.</summary>
public sealed class BestInterestsFormValidator : AbstractValidator<BestInterestsForm>
{
    public BestInterestsFormValidator() => RuleFor(f => f.DecidedOn).RealDate("Date of the decision");
}
