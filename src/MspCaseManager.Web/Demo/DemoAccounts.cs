using MspCaseManager.Domain.Staff;

namespace MspCaseManager.Web.Demo;

/// <summary>
/// The demo accounts created in Development (or with Demo:Seed=true), all with one password.
/// They are listed in the README; tests sign in with them.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Safeguarding-Demo-2026";

    /// <summary>
    /// The authenticator key of the demo accounts that must use two-factor authentication (the
    /// safeguarding lead and the administrator). Add it to any authenticator app to sign in as
    /// them; tests compute the current code with <see cref="CurrentCode"/>. Demo data only: it is
    /// never seeded in Production.
    /// </summary>
    public const string AuthenticatorKey = "MSPCASEMANAGERDEMOKEY2FA234567AB";

    public const string NorthTeam = "North Locality Team";
    public const string SouthTeam = "South Locality Team";

    public sealed record Account(string Email, string DisplayName, string Role, string? Team);

    public static readonly Account SocialWorker = new("social.worker@demo.mspcasemanager.test", "Sam Okafor", Roles.SocialWorker, NorthTeam);
    public static readonly Account TeamManager = new("team.manager@demo.mspcasemanager.test", "Priya Shah", Roles.TeamManager, NorthTeam);
    public static readonly Account SafeguardingLead = new("safeguarding.lead@demo.mspcasemanager.test", "Helen Morris", Roles.SafeguardingLead, null);
    public static readonly Account Administrator = new("administrator@demo.mspcasemanager.test", "Tom Reid", Roles.Administrator, null);
    public static readonly Account SouthSocialWorker = new("social.worker.south@demo.mspcasemanager.test", "Jo Evans", Roles.SocialWorker, SouthTeam);
    public static readonly Account SouthTeamManager = new("team.manager.south@demo.mspcasemanager.test", "Mark Bennett", Roles.TeamManager, SouthTeam);

    public static IReadOnlyList<Account> All { get; } =
        [SocialWorker, TeamManager, SafeguardingLead, Administrator, SouthSocialWorker, SouthTeamManager];

    /// <summary>Demo accounts seeded with two-factor authentication on, using <see cref="AuthenticatorKey"/>.</summary>
    public static bool UsesTwoFactor(Account account) => account.Role is Roles.SafeguardingLead or Roles.Administrator;

    /// <summary>The code an authenticator app holding <see cref="AuthenticatorKey"/> shows at <paramref name="time"/>.</summary>
    public static string CurrentCode(DateTimeOffset time) => Infrastructure.TwoFactor.Totp.CodeAt(AuthenticatorKey, time);
}
