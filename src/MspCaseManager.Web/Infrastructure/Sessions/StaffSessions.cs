using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Data.Sessions;

namespace MspCaseManager.Web.Infrastructure.Sessions;

/// <summary>
/// Server-side sessions. Signing in starts one; its key travels in the encrypted sign-in cookie
/// and every authenticated request looks it up by primary key (no cache: every instance behind a
/// load balancer sees an ended session at once). Signing out ends it; disabling an account,
/// resetting its password, or "sign out of every device" ends all of the account's sessions.
/// </summary>
public sealed class StaffSessions(MspDbContext db, TimeProvider clock)
{
    /// <summary>Where the session's key is kept in the cookie's authentication properties.</summary>
    public const string PropertyKey = "msp:session_id";

    public async Task<string> StartAsync(string userId)
    {
        var session = new StaffSession(RandomNumberGenerator.GetHexString(StaffSession.IdLength, lowercase: true), userId, clock.GetUtcNow().UtcDateTime);
        db.StaffSessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    /// <summary>True while the session exists, belongs to <paramref name="userId"/> and has not been ended.</summary>
    public Task<bool> IsOpenAsync(string sessionId, string userId, CancellationToken cancellationToken = default) =>
        Open(db, sessionId, userId).AnyAsync(cancellationToken);

    public Task EndAsync(string sessionId, SessionEndReason reason) =>
        db.StaffSessions.Where(s => s.Id == sessionId && s.EndedAtUtc == null).EndAsync(reason, clock);

    /// <summary>Ends every open session of the member of staff; returns how many were open.</summary>
    public Task<int> EndAllAsync(string userId, SessionEndReason reason) =>
        OpenOf(db, userId).EndAsync(reason, clock);

    public Task<int> CountOpenAsync(string userId) => OpenOf(db, userId).CountAsync();

    public static IQueryable<StaffSession> Open(MspDbContext db, string sessionId, string userId) =>
        db.StaffSessions.Where(s => s.Id == sessionId && s.UserId == userId && s.EndedAtUtc == null);

    public static IQueryable<StaffSession> OpenOf(MspDbContext db, string userId) =>
        db.StaffSessions.Where(s => s.UserId == userId && s.EndedAtUtc == null);
}

internal static class StaffSessionQueries
{
    public static Task<int> EndAsync(this IQueryable<StaffSession> sessions, SessionEndReason reason, TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return sessions.ExecuteUpdateAsync(s => s
            .SetProperty(x => x.EndedAtUtc, now)
            .SetProperty(x => x.EndReason, reason));
    }
}
