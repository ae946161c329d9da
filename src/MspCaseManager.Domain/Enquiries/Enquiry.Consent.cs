using MspCaseManager.Domain.Consent;

namespace MspCaseManager.Domain.Enquiries;

/// <summary>Consent to the enquiry and to sharing information.</summary>
public sealed partial class Enquiry
{
    private readonly List<ConsentRecord> _consentRecords = [];

    /// <summary>Every answer the adult has given, oldest first. Order by <see cref="ConsentRecord.Number"/>.</summary>
    public IReadOnlyList<ConsentRecord> ConsentRecords => _consentRecords;

    /// <summary>The answer that applies now: the latest.</summary>
    public ConsentRecord? CurrentConsent => _consentRecords.MaxBy(c => c.Number);

    /// <summary>
    /// Records the adult's answer. Going on without consent needs at least one lawful reason and the
    /// date the person was told why. Earlier answers are kept.
    /// </summary>
    public ConsentRecord RecordConsent(ConsentDetails details, string userId, DateTime nowUtc, DateOnly today)
    {
        RefuseWhenClosed();
        var record = new ConsentRecord(_consentRecords.Count + 1, details, userId, nowUtc, Dates(today));
        _consentRecords.Add(record);
        return record;
    }
}
