using Microsoft.AspNetCore.Identity;
using MspCaseManager.Domain.Teams;

namespace MspCaseManager.Data.Identity;

/// <summary>
/// A member of staff who signs in. Accounts are created by administrators (there is no
/// self-registration) and are disabled, never deleted, so the audit trail always resolves.
/// </summary>
public sealed class StaffAccount : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The team of a social worker or team manager; null for leads and administrators.</summary>
    public int? TeamId { get; set; }

    public Team? Team { get; set; }

    public bool IsDisabled { get; set; }

    /// <summary>
    /// The 30-second time step of the last authenticator code accepted, so that a code (or an
    /// earlier one) cannot be used again.
    /// </summary>
    public long? LastTotpTimeStep { get; set; }
}
