using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Web.Features.Enquiries;

/// <summary>One task on the overview: its status, its name, and its page when this user may open it (<see cref="EnquiryUrls.ToSection"/>).</summary>
public sealed record EnquiryTask(SectionStatus Status, string Name, string? Href);

/// <summary>A task list on the overview (<c>_TaskList</c>), named for tests by <paramref name="TestId"/>.</summary>
public sealed record EnquiryTaskList(string TestId, IReadOnlyList<EnquiryTask> Tasks);
