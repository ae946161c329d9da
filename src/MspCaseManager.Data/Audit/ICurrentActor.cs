using MspCaseManager.Domain.Audit;

namespace MspCaseManager.Data.Audit;

/// <summary>Whoever is acting now: the signed-in member of staff, or the application itself.</summary>
public interface ICurrentActor
{
    /// <summary>The user's id; null when the application itself acts (seeding, start-up).</summary>
    string? UserId { get; }

    /// <summary>The user's role, or <see cref="AuditEvent.SystemRole"/>.</summary>
    string Role { get; }
}

/// <summary>The application acting on its own behalf, with no user: start-up and seeding.</summary>
public sealed class SystemActor : ICurrentActor
{
    public static readonly SystemActor Instance = new();

    public string? UserId => null;

    public string Role => AuditEvent.SystemRole;
}
