using MspCaseManager.Domain.Common;

namespace MspCaseManager.Domain.People;

/// <summary>
/// SAC reported health conditions (table SG1e). Labels are verbatim from the return; these two
/// are mandatory. A person can have several. Stored as the member name: never rename one.
/// </summary>
public enum HealthCondition
{
    [Label("Learning, Developmental or Intellectual Disability (Autism excluding Asperger's Syndrome/ High Functioning Autism)")]
    AutismExcludingAsperger,

    [Label("Learning, Developmental or Intellectual Disability (Asperger's Syndrome/ High Functioning Autism)")]
    AspergerOrHighFunctioningAutism,
}

/// <summary>
/// One reported health condition of an adult: a row of its own so the SAC's SG1e can be counted in
/// SQL. Owned by the adult and replaced as a set when the adult's details change.
/// </summary>
public sealed class ReportedHealthCondition
{
    private ReportedHealthCondition()
    {
    }

    internal ReportedHealthCondition(HealthCondition condition) => Condition = condition;

    public HealthCondition Condition { get; private set; }
}
