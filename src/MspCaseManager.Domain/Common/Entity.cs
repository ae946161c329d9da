namespace MspCaseManager.Domain.Common;

/// <summary>
/// Base for everything with an identity. Keys are assigned by the database.
/// </summary>
public abstract class Entity
{
    public int Id { get; protected set; }
}
