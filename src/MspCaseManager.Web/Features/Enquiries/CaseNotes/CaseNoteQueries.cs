using MspCaseManager.Data;
using MspCaseManager.Domain.CaseNotes;

namespace MspCaseManager.Web.Features.Enquiries.CaseNotes;

/// <summary>The case-note chronology (SQL-translatable; tested for SQL Server).</summary>
public static class CaseNoteQueries
{
    /// <summary>One note with who wrote it and the corrections either way.</summary>
    public sealed record Row(
        int Id, DateOnly OccurredOn, CaseNoteType Type, string Text, DateTime WrittenAtUtc, string WrittenBy,
        int? CorrectsNoteId, DateTime? CorrectsNoteWrittenAtUtc, int? CorrectedByNoteId, DateTime? CorrectedByNoteWrittenAtUtc,
        string WrittenByUserId, string? EnteredInErrorReason = null, string? EnteredInErrorBy = null, DateTime? EnteredInErrorAtUtc = null)
    {
        public bool IsEnteredInError => EnteredInErrorAtUtc is not null;
    }

    /// <summary>
    /// The enquiry's notes, newest first (by the date it happened, then when it was written): the
    /// notes that count, or every note, entered in error or not, for a safeguarding lead
    /// (<paramref name="withEnteredInError"/>).
    /// </summary>
    public static IQueryable<Row> Chronology(MspDbContext db, int enquiryId, bool withEnteredInError = false) =>
        from n in withEnteredInError ? db.CaseNotes : db.CaseNotes.ThatCount()
        where n.EnquiryId == enquiryId
        orderby n.OccurredOn descending, n.WrittenAtUtc descending, n.Id descending
        let correction = db.CaseNotes.Where(c => c.CorrectsNoteId == n.Id).OrderByDescending(c => c.WrittenAtUtc).ThenByDescending(c => c.Id).FirstOrDefault()
        select new Row(
            n.Id, n.OccurredOn, n.Type, n.Text, n.WrittenAtUtc,
            db.Users.Where(u => u.Id == n.WrittenByUserId).Select(u => u.DisplayName).FirstOrDefault() ?? string.Empty,
            n.CorrectsNoteId,
            db.CaseNotes.Where(c => c.Id == n.CorrectsNoteId).Select(c => (DateTime?)c.WrittenAtUtc).FirstOrDefault(),
            correction == null ? null : correction.Id,
            correction == null ? null : correction.WrittenAtUtc,
            n.WrittenByUserId,
            n.EnteredInErrorReason,
            db.Users.Where(u => u.Id == n.EnteredInErrorByUserId).Select(u => u.DisplayName).FirstOrDefault(),
            n.EnteredInErrorAtUtc);

}
