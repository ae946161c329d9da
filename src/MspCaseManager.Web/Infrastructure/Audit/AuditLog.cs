using MspCaseManager.Data;
using MspCaseManager.Data.Audit;
using MspCaseManager.Domain.Audit;

namespace MspCaseManager.Web.Infrastructure.Audit;

/// <summary>
/// Records what automatic change capture cannot see: views, exports, authorisations, sign-ins
/// and refusals. Entries go to the database only, never to log files.
/// </summary>
public interface IAuditLog
{
    /// <summary>Records <paramref name="action"/> on a record by the signed-in member of staff.</summary>
    Task RecordAsync(AuditAction action, string entityType, string entityId);

    /// <summary>Records an action by a named user (sign-in, before the user is on the request).</summary>
    Task RecordForAsync(string? userId, string? role, AuditAction action, string entityType, string entityId);
}

/// <summary>
/// Saves each entry at once through a DbContext of its own, so an entry never rides along with
/// (or is lost with) unsaved changes the caller has pending.
/// </summary>
public sealed class AuditLog(ICurrentActor actor, IServiceScopeFactory scopes, TimeProvider clock) : IAuditLog
{
    public Task RecordAsync(AuditAction action, string entityType, string entityId) =>
        RecordForAsync(actor.UserId, actor.Role, action, entityType, entityId);

    public async Task RecordForAsync(string? userId, string? role, AuditAction action, string entityType, string entityId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MspDbContext>();
        db.AuditEvents.Add(new AuditEvent(
            clock.GetUtcNow().UtcDateTime, userId, string.IsNullOrEmpty(role) ? "None" : role, action, entityType, entityId));
        await db.SaveChangesAsync();
    }
}
