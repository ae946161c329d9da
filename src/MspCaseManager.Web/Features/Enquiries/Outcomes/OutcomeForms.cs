using FluentValidation;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Enquiries.Outcomes;

/// <summary>
/// Who spoke: the adult, a representative (role and name), or an allocated advocate from one of
/// the enquiry's referrals. Field names match the domain's (<c>RepresentativeRole</c>, <c>RepresentativeName</c>).
/// </summary>
public abstract class SpokenByForm
{
    public const string Adult = "adult";
    public const string Representative = "representative";
    public const string AdvocatePrefix = "advocate-";

    public string? Who { get; set; }

    public RepresentativeRole? RepresentativeRole { get; set; }

    public string? RepresentativeName { get; set; }

    public int Version { get; set; }

    public Representative? Speaker(Enquiry enquiry)
    {
        if (Who is null or Adult)
        {
            return null;
        }

        if (Who == Representative)
        {
            return Domain.Outcomes.Representative.Of(RepresentativeRole ?? (RepresentativeRole)(-1), RepresentativeName, nameof(Representative));
        }

        return Who.StartsWith(AdvocatePrefix, StringComparison.Ordinal)
            && int.TryParse(Who[AdvocatePrefix.Length..], out var referralId)
            && enquiry.AdvocacyReferrals.Any(r => r.Id == referralId)
            ? enquiry.AdvocateAsRepresentative(referralId)
            : throw new DomainRuleException("Select who was asked", nameof(Who));
    }

    public void SetSpeaker(Representative? representative, Enquiry enquiry)
    {
        var advocate = representative is null ? null
            : enquiry.AdvocacyReferrals.FirstOrDefault(r => r.Status == Domain.Advocacy.ReferralStatus.Allocated && r.AdvocateName == representative.Name);
        Who = representative is null ? Adult : advocate is null ? Representative : AdvocatePrefix + advocate.Id;
        RepresentativeRole = advocate is null ? representative?.Role : null;
        RepresentativeName = advocate is null ? representative?.Name : null;
    }

    /// <summary>The choices of who spoke, with each allocated advocate offered by name.</summary>
    public static IReadOnlyList<GovUkOption> Choices(Enquiry enquiry) =>
        new List<GovUkOption> { new(Adult, "The adult") }
            .Concat(enquiry.AdvocacyReferrals
                .Where(r => r.Status == Domain.Advocacy.ReferralStatus.Allocated && r.AdvocateName is not null)
                .Select(r => new GovUkOption(AdvocatePrefix + r.Id, $"Their advocate, {r.AdvocateName}", r.Type.ToLabel() + ", " + r.Provider)))
            .Append(new GovUkOption(Representative, "Another representative"))
            .ToList();
}

public static class SpokenByRules
{
    public static void AddSpokenByRules<T>(this AbstractValidator<T> validator, Func<T, bool> when)
        where T : SpokenByForm
    {
        validator.RuleFor(f => f.Who).NotEmpty().When(when).WithMessage("Select who was asked");
        validator.RuleFor(f => f.RepresentativeRole).NotNull().When(f => when(f) && f.Who == SpokenByForm.Representative)
            .WithMessage("Select the representative's role");
        validator.RuleFor(f => f.RepresentativeName).NotEmpty().When(f => when(f) && f.Who == SpokenByForm.Representative)
            .WithMessage("Enter the representative's name");
    }
}

/// <summary>Whether the adult (or their representative) was asked about desired outcomes, using the SAC answers.</summary>
public sealed class OutcomesAskedForm : SpokenByForm
{
    public DesiredOutcomesAsked? OutcomesAsked { get; set; }

    /// <summary>Why not, where the answer is "No".</summary>
    public OutcomesNotAskedReason? OutcomesNotAskedReason { get; set; }

    public string? OutcomesNotAskedDetails { get; set; }

    public bool WasAsked => OutcomesAsked is DesiredOutcomesAsked.YesAndExpressed or DesiredOutcomesAsked.YesButNoneExpressed;
}

public sealed class OutcomesAskedFormValidator : AbstractValidator<OutcomesAskedForm>
{
    public OutcomesAskedFormValidator()
    {
        this.AddSpokenByRules(f => f.WasAsked);
    }
}

/// <summary>One desired outcome in the person's own words: added, or changed with a reason.</summary>
public sealed class DesiredOutcomeForm : SpokenByForm
{
    public string? Words { get; set; }

    public DesiredOutcomeCategory? Category { get; set; }

    public DateInput On { get; set; } = new();

    /// <summary>Why it changed (changes only).</summary>
    public string? Reason { get; set; }

    public DesiredOutcomeDetails ToDetails() => new()
    {
        Words = Words,
        Category = Category ?? (DesiredOutcomeCategory)(-1),
        On = On.ToDate() ?? default,
        Reason = Reason,
    };
}

public sealed class DesiredOutcomeFormValidator : AbstractValidator<DesiredOutcomeForm>
{
    public DesiredOutcomeFormValidator(TimeProvider time)
    {
        this.AddSpokenByRules(_ => true);
        RuleFor(f => f.Words).NotEmpty().WithMessage("Enter the outcome in the person's own words");
        RuleFor(f => f.Category).NotNull().WithMessage("Select the category");
        RuleFor(f => f.On).ValidDate("the date", time.Today);
    }
}

/// <summary>An outcome that may not be achievable, and when that was explained to the person.</summary>
public sealed class MayNotBeAchievableForm
{
    public DateInput ExplainedMayNotBeAchievableOn { get; set; } = new();

    public string? MayNotBeAchievableNote { get; set; }

    public int Version { get; set; }
}

public sealed class MayNotBeAchievableFormValidator : AbstractValidator<MayNotBeAchievableForm>
{
    public MayNotBeAchievableFormValidator(TimeProvider time)
    {
        RuleFor(f => f.ExplainedMayNotBeAchievableOn).ValidDate("the date it was explained to the person", time.Today);
        RuleFor(f => f.MayNotBeAchievableNote).NotEmpty().WithMessage("Enter what was explained to the person");
    }
}

/// <summary>Withdrawing an outcome (it stays in the history).</summary>
public sealed class WithdrawOutcomeForm
{
    public DateInput WithdrawnOn { get; set; } = new();

    public string? WithdrawnReason { get; set; }

    public int Version { get; set; }
}

public sealed class WithdrawOutcomeFormValidator : AbstractValidator<WithdrawOutcomeForm>
{
    public WithdrawOutcomeFormValidator(TimeProvider time)
    {
        RuleFor(f => f.WithdrawnOn).ValidDate("the date the outcome was withdrawn", time.Today);
        RuleFor(f => f.WithdrawnReason).NotEmpty().WithMessage("Enter why the outcome was withdrawn");
    }
}

/// <summary>How safe the person feels at the start, 0 to 10, or why they were not asked.</summary>
public sealed class FeelingSafeForm
{
    public bool? Asked { get; set; }

    public string? Score { get; set; }

    public string? NotAskedReason { get; set; }

    public int Version { get; set; }

    public int? ScoreValue => Asked == true && int.TryParse(Score?.Trim(), out var score) ? score : null;
}

public sealed class FeelingSafeFormValidator : AbstractValidator<FeelingSafeForm>
{
    public FeelingSafeFormValidator()
    {
        RuleFor(f => f.Asked).NotNull().WithMessage("Select whether the person was asked how safe they feel");
        RuleFor(f => f.Score).Must(s => int.TryParse(s?.Trim(), out var score) && score is >= FeelingSafe.MinScore and <= FeelingSafe.MaxScore)
            .When(f => f.Asked == true).WithMessage("Enter a whole number from 0 to 10");
        RuleFor(f => f.NotAskedReason).NotEmpty().When(f => f.Asked == false).WithMessage("Enter why the person was not asked how safe they feel");
    }
}
