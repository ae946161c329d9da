namespace MspCaseManager.Domain.Outcomes;

/// <summary>Who spoke for the person, as chosen on a form.</summary>
public enum Speaker
{
    /// <summary>The adult themselves.</summary>
    Adult,

    /// <summary>One of the enquiry's allocated advocates (<see cref="SpokenBy.AdvocacyReferralId"/>).</summary>
    Advocate,

    /// <summary>Someone else, with their role and name.</summary>
    Representative,
}

/// <summary>
/// Who expressed an outcome or was asked about outcomes, as the user chose it: the enquiry turns it
/// into a <see cref="Representative"/> (or none, for the adult), checking it with the rest of the
/// change. Property names match the form's fields.
/// </summary>
public sealed record SpokenBy(Speaker? Who, int? AdvocacyReferralId = null, RepresentativeRole? Role = null, string? Name = null)
{
    public static readonly SpokenBy TheAdult = new(Speaker.Adult);
}
