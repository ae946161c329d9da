using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Audit;

/// <summary>
/// One entry in the append-only audit trail: who did what to which record, and when. Entries are
/// never changed or removed. <see cref="Changes"/> holds, for creates and updates, each changed
/// field with its value before and after (JSON); it lives in the database only, never in logs.
/// </summary>
public sealed class AuditEvent
{
    public const int UserIdMaxLength = 450;
    public const int RoleMaxLength = 64;
    public const int EntityTypeMaxLength = 128;
    public const int EntityIdMaxLength = 128;

    /// <summary>The role recorded for changes made by the application itself (seeding, start-up).</summary>
    public const string SystemRole = "System";

    private AuditEvent()
    {
        UserRole = null!;
        EntityType = null!;
        EntityId = null!;
    }

    public AuditEvent(
        DateTime occurredAtUtc, string? userId, string userRole, AuditAction action, string entityType, string entityId, string? changes = null)
    {
        if (occurredAtUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Audit times are UTC.", nameof(occurredAtUtc));
        }

        OccurredAtUtc = occurredAtUtc;
        UserId = Guard.Optional(userId);
        UserRole = Guard.Required(userRole, "An audit entry needs the role of whoever acted");
        Action = action;
        EntityType = Guard.Required(entityType, "An audit entry needs the kind of record");
        EntityId = entityId?.Trim() ?? string.Empty;
        Changes = Guard.Optional(changes);
    }

    public long Id { get; private set; }

    public DateTime OccurredAtUtc { get; private set; }

    /// <summary>Null only for a failed sign-in to an account that does not exist, or the system.</summary>
    public string? UserId { get; private set; }

    public string UserRole { get; private set; }

    public AuditAction Action { get; private set; }

    public string EntityType { get; private set; }

    /// <summary>The record's key as text (empty when the action concerns no one record).</summary>
    public string EntityId { get; private set; }

    public string? Changes { get; private set; }
}
