using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Domain.Audit;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.People;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Audit;

/// <summary>
/// What to look for in the audit trail. Every part is optional. <paramref name="AboutAdultId"/>
/// finds everything about one adult: their own record, their important people and legal
/// authorities, their concerns (with s42 decisions) and their enquiries.
/// </summary>
public sealed record AuditFilter(
    string? UserId = null,
    DateTime? FromUtc = null,
    DateTime? ToUtc = null,
    string? EntityType = null,
    string? EntityId = null,
    AuditAction? Action = null,
    int? AboutAdultId = null);

/// <summary>One audit entry as the screens show it.</summary>
public sealed record AuditRow(
    long Id, DateTime OccurredAtUtc, string? UserId, string? UserName, string UserRole, AuditAction Action, string EntityType, string EntityId);

/// <summary>
/// Queries over the audit trail, newest first and paged in the database. The audit search page
/// uses it by user and date; a record's own "who has seen this" page uses it by entity type, id
/// and <see cref="AuditAction.View"/> (the indexes on (EntityType, EntityId, OccurredAtUtc) and
/// (UserId, OccurredAtUtc) serve both).
/// </summary>
public static class AuditSearch
{
    public const int PageSize = 25;

    /// <summary>
    /// Entries about the adult and the records that hang off them, matched in the database by
    /// entity type and id (the ids of their concerns, decisions and enquiries come from subqueries).
    /// </summary>
    public static IQueryable<AuditEvent> AboutAdult(MspDbContext db, IQueryable<AuditEvent> events, int adultId)
    {
        var adult = adultId.ToString(CultureInfo.InvariantCulture);
        var concerns = db.Concerns.Where(c => c.AdultId == adultId);
        var concernIds = concerns.Select(c => c.Id.ToString());
        var decisionIds = db.S42Decisions.Where(d => concerns.Any(c => c.Id == d.ConcernId)).Select(d => d.Id.ToString());
        var enquiryIds = db.Enquiries.Where(e => e.AdultId == adultId).Select(e => e.Id.ToString());
        var importantPersonIds = db.ImportantPeople.Where(p => p.AdultId == adultId).Select(p => p.Id.ToString());
        var legalAuthorityIds = db.LegalAuthorities.Where(l => l.AdultId == adultId).Select(l => l.Id.ToString());
        return events.Where(e =>
            (e.EntityType == nameof(Adult) && e.EntityId == adult)
            || (e.EntityType == nameof(Concern) && concernIds.Contains(e.EntityId))
            || (e.EntityType == nameof(S42Decision) && decisionIds.Contains(e.EntityId))
            || (e.EntityType == nameof(Enquiry) && enquiryIds.Contains(e.EntityId))
            || (e.EntityType == nameof(ImportantPerson) && importantPersonIds.Contains(e.EntityId))
            || (e.EntityType == nameof(LegalAuthority) && legalAuthorityIds.Contains(e.EntityId)));
    }

    public sealed record Result(IReadOnlyList<AuditRow> Rows, int Total, int Page, int TotalPages);

    public static async Task<Result> FindAsync(MspDbContext db, AuditFilter filter, int page)
    {
        var events = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrEmpty(filter.UserId))
        {
            events = events.Where(e => e.UserId == filter.UserId);
        }

        if (filter.FromUtc is { } from)
        {
            events = events.Where(e => e.OccurredAtUtc >= from);
        }

        if (filter.ToUtc is { } to)
        {
            events = events.Where(e => e.OccurredAtUtc < to);
        }

        if (filter.EntityType is { } type)
        {
            events = events.Where(e => e.EntityType == type && (filter.EntityId == null || e.EntityId == filter.EntityId));
        }

        if (filter.Action is { } action)
        {
            events = events.Where(e => e.Action == action);
        }

        if (filter.AboutAdultId is { } adultId)
        {
            events = AboutAdult(db, events, adultId);
        }

        var total = await events.CountAsync();
        var totalPages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Paging.Clamp(page, total, PageSize);
        var rows = await (
                from e in events
                join u in db.Users on e.UserId equals u.Id into users
                from u in users.DefaultIfEmpty()
                orderby e.OccurredAtUtc descending, e.Id descending
                select new AuditRow(e.Id, e.OccurredAtUtc, e.UserId, u == null ? null : u.DisplayName, e.UserRole, e.Action, e.EntityType, e.EntityId))
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync();
        return new Result(rows, total, page, totalPages);
    }
}

/// <summary>The audit search form (a GET form: the filters are in the URL, like any search).</summary>
public sealed class AuditSearchForm
{
    public string? UserId { get; set; }

    public DateInput From { get; set; } = new();

    public DateInput To { get; set; } = new();
}

public sealed class AuditSearchFormValidator : AbstractValidator<AuditSearchForm>
{
    public AuditSearchFormValidator()
    {
        RuleFor(f => f.From).Must(d => d.IsEmpty || d.ToDate() is not null).WithMessage("Date from must be a real date, like 22 11 2026");
        RuleFor(f => f.To).Must(d => d.IsEmpty || d.ToDate() is not null).WithMessage("Date to must be a real date, like 22 11 2026");
        RuleFor(f => f.To).Must((f, to) => to.ToDate() >= f.From.ToDate())
            .When(f => f.From.ToDate() is not null && f.To.ToDate() is not null)
            .WithMessage("Date to must be the same as or after date from");
    }
}
