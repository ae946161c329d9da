namespace MspCaseManager.Data.Submissions;

/// <summary>
/// One sending of a form, by the key the form carried (a new one each time the form is shown).
/// It is saved with the change the form made, in the same transaction, so a form sent twice —
/// a double click, a re-post, two tabs — makes its change once: the second sending finds the key
/// and goes where the first went (<see cref="ResultLocation"/>).
/// </summary>
public sealed class FormSubmission
{
    public const int LocationMaxLength = 400;

    private FormSubmission()
    {
    }

    public FormSubmission(Guid key, string userId, DateTime submittedAtUtc)
    {
        Key = key;
        UserId = userId;
        SubmittedAtUtc = submittedAtUtc;
    }

    public Guid Key { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    public DateTime SubmittedAtUtc { get; private set; }

    /// <summary>Where the first sending led (the page its redirect named); null until it is known.</summary>
    public string? ResultLocation { get; private set; }

    public void LedTo(string location) =>
        ResultLocation = location.Length <= LocationMaxLength ? location : null;
}
