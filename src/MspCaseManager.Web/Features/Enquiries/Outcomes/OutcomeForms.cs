using FluentValidation;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Enquiries.Outcomes;

/// <summary>
/// Who spoke: the adult, a representative (role and name), or an allocated advocate from one of
/// the enquiry's referrals. Field names match the domain's (<c>RepresentativeRole</c>, <c>RepresentativeName</c>).
/// </summary>
public abstract class SpokenByForm : IVersionedForm
{
    public const string Adult = "adult";
    public const string Representative = "representative";
    public const string AdvocatePrefix = "advocate-";

    public string? Who { get; set; }

    public RepresentativeRole? RepresentativeRole { get; set; }

    public string? RepresentativeName { get; set; }

    public int Version { get; set; }

    /// <summary>Who spoke, as chosen: the radio's value decoded (an advocate is "advocate-" and their referral's id).</summary>
    public SpokenBy ToSpokenBy() => Who switch
    {
        Adult => SpokenBy.TheAdult,
        Representative => new SpokenBy(Speaker.Representative, Role: RepresentativeRole, Name: RepresentativeName),
        { } advocate when advocate.StartsWith(AdvocatePrefix, StringComparison.Ordinal)
            && int.TryParse(advocate[AdvocatePrefix.Length..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var referralId)
            => new SpokenBy(Speaker.Advocate, AdvocacyReferralId: referralId),
        _ => new SpokenBy(null),
    };

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

/// <summary>Whether the adult (or their representative) was asked about desired outcomes, using the SAC answers.</summary>
public sealed class OutcomesAskedForm : SpokenByForm
{
    public DesiredOutcomesAsked? OutcomesAsked { get; set; }

    /// <summary>Why not, where the answer is "No".</summary>
    public OutcomesNotAskedReason? OutcomesNotAskedReason { get; set; }

    public string? OutcomesNotAskedDetails { get; set; }
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
        Category = Category,
        On = On.ToDate(),
        Reason = Reason,
    };
}

/// <summary>What only the web knows: whether the date typed is a real date. The outcome's rules are <see cref="DesiredOutcome"/>'s.</summary>
public sealed class DesiredOutcomeFormValidator : AbstractValidator<DesiredOutcomeForm>
{
    public DesiredOutcomeFormValidator() => RuleFor(f => f.On).RealDate("Date");
}

/// <summary>An outcome that may not be achievable, and when that was explained to the person.</summary>
public sealed class MayNotBeAchievableForm : IVersionedForm
{
    public DateInput ExplainedMayNotBeAchievableOn { get; set; } = new();

    public string? MayNotBeAchievableNote { get; set; }

    public int Version { get; set; }
}

public sealed class MayNotBeAchievableFormValidator : AbstractValidator<MayNotBeAchievableForm>
{
    public MayNotBeAchievableFormValidator() => RuleFor(f => f.ExplainedMayNotBeAchievableOn).RealDate("Date it was explained");
}

/// <summary>Withdrawing an outcome (it stays in the history).</summary>
public sealed class WithdrawOutcomeForm : IVersionedForm
{
    public DateInput WithdrawnOn { get; set; } = new();

    public string? WithdrawnReason { get; set; }

    public int Version { get; set; }
}

public sealed class WithdrawOutcomeFormValidator : AbstractValidator<WithdrawOutcomeForm>
{
    public WithdrawOutcomeFormValidator() => RuleFor(f => f.WithdrawnOn).RealDate("Date withdrawn");
}

/// <summary>How safe the person feels at the start, 0 to 10, or why they were not asked.</summary>
public sealed class FeelingSafeForm : IVersionedForm
{
    /// <summary>"0" to "10", or <see cref="FeelingSafeAnswer.NotAsked"/>.</summary>
    public string? Score { get; set; }

    public string? NotAskedReason { get; set; }

    public int Version { get; set; }

    public bool? WasAsked => FeelingSafeAnswer.WasAsked(Score);

    public int? ScoreValue => FeelingSafeAnswer.Score(Score);
}

/// <summary>What only the web knows: whether the answer chosen is a whole number or "not asked". Its range is <see cref="FeelingSafe"/>'s rule.</summary>
public sealed class FeelingSafeFormValidator : AbstractValidator<FeelingSafeForm>
{
    public FeelingSafeFormValidator() =>
        RuleFor(f => f.Score).WholeNumber("Score must be a whole number, like 6").When(f => f.WasAsked == true);
}
