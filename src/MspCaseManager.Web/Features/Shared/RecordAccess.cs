namespace MspCaseManager.Web.Features.Shared;

/// <summary>What a page does with the case record it is about, for the filter that loads it.</summary>
public enum RecordAccess
{
    /// <summary>Shows the record to anyone who can see it (404 for anyone else).</summary>
    Read,

    /// <summary>
    /// Changes the record: only for those who may record in it; someone who can only read it gets
    /// 403, anyone else 404. A form page of a closed record sends the user back to the record.
    /// </summary>
    Edit,

    /// <summary>
    /// Signs off a request on the record (authorises or returns a decision or a closure request):
    /// only for those who may sign it off (<see cref="CaseScope.ReviewableConcerns"/>,
    /// <see cref="CaseScope.ReviewableEnquiries"/>); someone who can only read it gets 403, anyone else 404.
    /// </summary>
    SignOff,
}
