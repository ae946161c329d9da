namespace MspCaseManager.Data.Sessions;

/// <summary>
/// One signed-in session of a member of staff, kept on the server so that ending it takes effect
/// at once: every request made with the session's cookie finds it here by its key, and a session
/// that has ended (signed out, signed out everywhere, account disabled, password reset) is
/// refused however valid the cookie still looks. Rows are kept after they end, as a history of
/// sign-ins.
/// </summary>
public sealed class StaffSession
{
    public const int IdLength = 32;

    private StaffSession()
    {
    }

    public StaffSession(string id, string userId, DateTime startedAtUtc)
    {
        Id = id;
        UserId = userId;
        StartedAtUtc = startedAtUtc;
    }

    /// <summary>A random key (128 bits, hex), carried inside the encrypted sign-in cookie.</summary>
    public string Id { get; private set; } = string.Empty;

    public string UserId { get; private set; } = string.Empty;

    public DateTime StartedAtUtc { get; private set; }

    /// <summary>When the session was ended on the server; null while it may be used.</summary>
    public DateTime? EndedAtUtc { get; private set; }

    public SessionEndReason? EndReason { get; private set; }
}

/// <summary>Why a session was ended on the server.</summary>
public enum SessionEndReason
{
    SignedOut,
    SignedOutEverywhere,
    EndedByAdministrator,
    AccountDisabled,
    PasswordReset,
}
