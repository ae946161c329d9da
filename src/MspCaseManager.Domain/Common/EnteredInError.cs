namespace MspCaseManager.Domain.Common;

/// <summary>
/// A case record that can be marked "entered in error" rather than deleted: a concern (with its s42
/// decision and enquiry), an enquiry, a case note, a desired outcome, a plan action. A record
/// entered in error stays in the database and the audit trail, and safeguarding leads still read
/// it; it no longer counts anywhere else: lists, counts, reports and the SAC return leave it out
/// through the one rule <see cref="EnteredInError.Counts{T}"/>.
/// </summary>
public abstract class CountedRecord : Entity
{
    /// <summary>When it was marked entered in error; null while it counts.</summary>
    public DateTime? EnteredInErrorAtUtc { get; private set; }

    /// <summary>Why it was marked entered in error.</summary>
    public string? EnteredInErrorReason { get; private set; }

    /// <summary>Who marked it entered in error.</summary>
    public string? EnteredInErrorByUserId { get; private set; }

    public bool IsEnteredInError => EnteredInErrorAtUtc is not null;

    /// <summary>
    /// Marks it entered in error, once, with a reason. Refuses with the message for
    /// <paramref name="what"/> ("case note", "concern"); who may is the caller's rule.
    /// </summary>
    private protected void MarkEnteredInError(string what, string? reason, StaffMember by, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (IsEnteredInError)
        {
            throw new DomainRuleException($"This {what} is already marked as entered in error");
        }

        var validReason = Text.Required(reason, EnteredInError.ReasonMaxLength, $"Enter why the {what} was entered in error", "Reason", EnteredInError.ReasonField);
        EnteredInErrorByUserId = Guard.Required(by.UserId, "The member of staff must be known");
        EnteredInErrorAtUtc = UtcTime.Require(nowUtc, nameof(nowUtc));
        EnteredInErrorReason = validReason;
    }
}

/// <summary>Who is marking a record entered in error: the rules of who may depend on it.</summary>
public sealed record StaffMember(string UserId, bool IsTeamManager);

/// <summary>
/// The rules of marking a record entered in error, and the one definition of a record that
/// counts (is not entered in error), usable in SQL (<see cref="ThatCount{T}(IQueryable{T})"/>) and in
/// memory (<see cref="ThatCount{T}(IEnumerable{T})"/>).
/// </summary>
public static class EnteredInError
{
    public const int ReasonMaxLength = 2000;

    /// <summary>The field the reason is entered in (the confirmation page's textarea).</summary>
    public const string ReasonField = "Reason";

    /// <summary>The record counts: it is not entered in error.</summary>
    public static Specification<T> Counts<T>()
        where T : CountedRecord => Rule<T>.Counts;

    /// <summary>Only the records that count (<see cref="Counts{T}"/>), in SQL.</summary>
    public static IQueryable<T> ThatCount<T>(this IQueryable<T> records)
        where T : CountedRecord => records.Where(Counts<T>().Expression);

    /// <summary>Only the records that count (<see cref="Counts{T}"/>), in memory.</summary>
    public static IEnumerable<T> ThatCount<T>(this IEnumerable<T> records)
        where T : CountedRecord => records.Where(Counts<T>().IsSatisfiedBy);

    private static class Rule<T>
        where T : CountedRecord
    {
        public static readonly Specification<T> Counts = new(r => r.EnteredInErrorAtUtc == null);
    }
}
