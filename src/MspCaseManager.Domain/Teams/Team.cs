using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.Teams;

/// <summary>
/// A social work team. Social workers and team managers belong to one team; cases are held by a
/// team, and a team's managers authorise its decisions.
/// </summary>
public sealed class Team : Entity
{
    public const int NameMaxLength = 100;

    private Team()
    {
        Name = null!;
    }

    public Team(string name)
    {
        Name = ValidName(name);
    }

    public string Name { get; private set; }

    public void Rename(string name) => Name = ValidName(name);

    private static string ValidName(string name)
    {
        var trimmed = Guard.Required(name, "Enter the team name", nameof(Name));
        if (trimmed.Length > NameMaxLength)
        {
            throw new DomainRuleException($"Team name must be {NameMaxLength} characters or fewer", nameof(Name));
        }

        return trimmed;
    }
}
