using System.Globalization;
using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Enquiries;

/// <summary>
/// The one rule for every date recorded in an enquiry (when the adult was asked, assessed,
/// referred, told, decided about...): it is a UK calendar date, not before the day the concern
/// was received and not in the future. <c>today</c> is the UK date (<see cref="UkTime.Today"/>).
/// Get one from <see cref="Enquiry.Dates"/>; each check names the date in its messages, for
/// example "date of the assessment": "Enter the date of the assessment", "Date of the assessment
/// must be today or in the past", "Date of the assessment must be on or after 2 June 2025, when
/// the concern was received".
/// </summary>
public sealed class EnquiryDates
{
    internal EnquiryDates(DateOnly concernReceivedOn, DateOnly today)
    {
        ConcernReceivedOn = concernReceivedOn;
        Today = today;
    }

    public DateOnly ConcernReceivedOn { get; }

    public DateOnly Today { get; }

    /// <summary>A date that must be given and follow the rule; null when refused.</summary>
    public DateOnly? Required(RuleCheck check, DateOnly? value, string subject, string field)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (value is null)
        {
            check.Refuse($"Enter the {subject}", field);
            return null;
        }

        return Optional(check, value, subject, field);
    }

    /// <summary>A date that may be left out, but when given follows the rule.</summary>
    public DateOnly? Optional(RuleCheck check, DateOnly? value, string subject, string field)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (value is not { } date)
        {
            return null;
        }

        var refused = !check.RefuseIf(date > Today, $"{Capitalised(subject)} must be today or in the past", field)
            || !check.RefuseIf(date < ConcernReceivedOn, BeforeConcernMessage(subject), field);
        return refused ? null : date;
    }

    private string BeforeConcernMessage(string subject) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Capitalised(subject)} must be on or after {ConcernReceivedOn:d MMMM yyyy}, when the concern was received");

    private static string Capitalised(string subject) =>
        subject.Length == 0 ? subject : char.ToUpperInvariant(subject[0]) + subject[1..];
}
