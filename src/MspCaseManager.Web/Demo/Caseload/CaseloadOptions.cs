namespace MspCaseManager.Web.Demo.Caseload;

/// <summary>
/// The size and shape of a generated caseload. The same seed, size and <see cref="Today"/> always
/// give the same adults, concerns and enquiries, whatever the batch size.
/// </summary>
public sealed record CaseloadOptions
{
    /// <summary>Adults to add; each has one or more concerns (about three on average).</summary>
    public int Adults { get; init; } = 300;

    public int Seed { get; init; } = 1;

    /// <summary>
    /// The number of the first adult added: another run from the number after an earlier run's
    /// last adult adds different people (each adult's story and NHS number come from their number).
    /// </summary>
    public int FirstAdult { get; init; }

    /// <summary>Teams holding the cases: the teams already there (oldest first), then named new ones up to this number.</summary>
    public int Teams { get; init; } = 10;

    /// <summary>Members of staff per team, two of them team managers; existing members count towards it.</summary>
    public int StaffPerTeam { get; init; } = 20;

    /// <summary>Adults built and saved together, in one transaction.</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>The last day of the caseload; concerns are received over the three financial years up to it.</summary>
    public required DateOnly Today { get; init; }

    public const int ManagersPerTeam = 2;
}
