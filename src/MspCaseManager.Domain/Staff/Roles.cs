namespace MspCaseManager.Domain.Staff;

/// <summary>
/// The roles a member of staff can hold. The names are stored as Identity role names: never
/// rename one without a migration.
/// </summary>
public static class Roles
{
    public const string SocialWorker = nameof(SocialWorker);
    public const string TeamManager = nameof(TeamManager);
    public const string SafeguardingLead = nameof(SafeguardingLead);
    public const string Administrator = nameof(Administrator);

    /// <summary>Roles that work with case records (administrators never do).</summary>
    public const string CaseWorkers = SocialWorker + "," + TeamManager + "," + SafeguardingLead;

    /// <summary>Roles that record case work (safeguarding leads read it; administrators never see it).</summary>
    public const string Practitioners = SocialWorker + "," + TeamManager;

    public static IReadOnlyList<string> All { get; } = [SocialWorker, TeamManager, SafeguardingLead, Administrator];

    /// <summary>Roles whose holders must belong to a team.</summary>
    public static bool RequiresTeam(string role) => role is SocialWorker or TeamManager;

    public static string DisplayName(string role) => role switch
    {
        SocialWorker => "Social worker",
        TeamManager => "Team manager",
        SafeguardingLead => "Safeguarding lead",
        Administrator => "Administrator",
        _ => role,
    };
}
