namespace MspCaseManager.Data.Drafts;

/// <summary>
/// What a member of staff typed into a form and posted after their sign-in had ended (timed out,
/// or ended on the server). It is kept in the database, not in one server's memory, so that after
/// signing in again on any instance the same person is offered it back and can save it. It is
/// offered once: resuming or discarding it closes it, and the row stays as a record.
/// </summary>
public sealed class FormDraft
{
    public const int PathMaxLength = 400;

    private FormDraft()
    {
    }

    public FormDraft(Guid id, string userId, string path, string fields, DateTime savedAtUtc)
    {
        Id = id;
        UserId = userId;
        Path = path;
        Fields = fields;
        SavedAtUtc = savedAtUtc;
    }

    public Guid Id { get; private set; }

    /// <summary>Whose sign-in had ended: only they are offered the draft.</summary>
    public string UserId { get; private set; } = string.Empty;

    /// <summary>Where the form was posted (path and query), and where it is posted again.</summary>
    public string Path { get; private set; } = string.Empty;

    /// <summary>The posted fields, as a JSON array of name and value pairs (anti-forgery token left out).</summary>
    public string Fields { get; private set; } = string.Empty;

    public DateTime SavedAtUtc { get; private set; }

    /// <summary>When the draft was posted again or discarded; null while it is still offered.</summary>
    public DateTime? ClosedAtUtc { get; private set; }

    public bool WasResumed { get; private set; }

    public void Close(bool resumed, DateTime atUtc)
    {
        ClosedAtUtc = atUtc;
        WasResumed = resumed;
    }
}
