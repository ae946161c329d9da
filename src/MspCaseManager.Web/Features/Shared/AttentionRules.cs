using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using MspCaseManager.Data;
using MspCaseManager.Domain.CaseNotes;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.People;

namespace MspCaseManager.Web.Features.Shared;

/// <summary>The thresholds of the needs-attention rules (configuration section <c>NeedsAttention</c>).</summary>
public sealed class NeedsAttentionOptions
{
    public const string Section = "NeedsAttention";

    /// <summary>Working days after the enquiry started by which the person must have been asked what they want.</summary>
    [Range(1, 60)]
    public int DesiredOutcomesWorkingDays { get; set; } = 5;

    /// <summary>Days without a case note after which an open enquiry is flagged.</summary>
    [Range(1, 365)]
    public int CaseNoteDays { get; set; } = 20;

    /// <summary>Bank holidays (England and Wales) that do not count as working days.</summary>
    public List<DateOnly> BankHolidays { get; set; } = [];
}

/// <summary>
/// The needs-attention rules (<see cref="NeedsAttention"/>) for today, with the configured
/// thresholds: in SQL for the caseload lists, in memory for one enquiry's overview.
/// </summary>
public sealed class AttentionRules(IOptions<NeedsAttentionOptions> options, TimeProvider time)
{
    private readonly NeedsAttentionSettings _settings = new(
        options.Value.DesiredOutcomesWorkingDays,
        options.Value.CaseNoteDays,
        new Domain.Common.WorkingDays(options.Value.BankHolidays));

    public DateOnly Today => time.Today();

    /// <summary>The rules over the database's case notes and adults, for queries.</summary>
    public NeedsAttention ForQueries(MspDbContext db) => new(_settings, Today, db.CaseNotes, db.Adults);

    /// <summary>
    /// The rules over one enquiry's case notes and its adult, in memory (the notes need only go back
    /// <see cref="CaseNotesSince"/>).
    /// </summary>
    public NeedsAttention InMemory(IEnumerable<CaseNote> caseNotes, Adult adult) =>
        new(_settings, Today, caseNotes.AsQueryable(), new[] { adult }.AsQueryable());

    /// <summary>The earliest case-note date the rules look at today.</summary>
    public DateOnly CaseNotesSince => Today.AddDays(-_settings.CaseNoteDays);
}
