using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Audit;

/// <summary>What a member of staff did. Stored as the member name: never rename one.</summary>
public enum AuditAction
{
    [Label("Viewed")]
    View,

    [Label("Created")]
    Create,

    [Label("Changed")]
    Update,

    [Label("Exported")]
    Export,

    [Label("Authorised")]
    Authorise,

    [Label("Signed in")]
    SignInSucceeded,

    [Label("Sign-in failed")]
    SignInFailed,

    [Label("Access denied")]
    AccessDenied,

    [Label("Signed out")]
    SignOut,
}
