using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Infrastructure;

namespace MspCaseManager.Web.Features.Enquiries.Closure;

/// <summary>
/// Closing an enquiry: the worker asks with a closing summary, the enquiry refuses while anything
/// stops it closing, and a team manager of the team authorises or returns the request. A manager
/// can reopen a closed enquiry with a reason. Every request, decision and reopening is kept.
/// </summary>
[Authorize(Roles = Roles.Practitioners)]
[Route("/enquiries/{id:int}")]
[LoadEnquiry(RecordAccess.Edit, ClosedToo = true)]
public sealed class ClosureController(MspDbContext db, TimeProvider time) : EnquiryController(db, time)
{
    public sealed record HistoryItem(DateTime AtUtc, string What, string Who, string? Text);

    public sealed record ClosurePage(
        EnquiryQueries.Summary Enquiry, IReadOnlyList<ClosureBlocker> Blockers, ClosureRequest? Current, IReadOnlyList<HistoryItem> History,
        bool IsManager, ClosureRequestForm Form);

    public sealed record ReopenPage(EnquiryQueries.Summary Enquiry, ReopenForm Form);

    [HttpGet("closure")]
    public Task<IActionResult> Closure() => ClosureViewAsync(new ClosureRequestForm { Version = Version });

    [HttpPost("closure")]
    public async Task<IActionResult> Closure([Bind(Prefix = "Form")] ClosureRequestForm form) =>
        await TryChangeAsync(form, () => Enquiry.RequestClosure(form.Summary, User.UserId(), Now))
            ? Saved("Closure requested. A team manager will review it")
            : await ClosureViewAsync(form);

    [HttpGet("reopen")]
    [Authorize(Roles = Roles.TeamManager)]
    public IActionResult Reopen() => Enquiry.IsClosed ? ReopenView(new ReopenForm { Version = Version }) : Redirect(Overview);

    [HttpPost("reopen")]
    [Authorize(Roles = Roles.TeamManager)]
    public Task<IActionResult> Reopen([Bind(Prefix = "Form")] ReopenForm form) =>
        SaveAsync(form, e => e.Reopen(User.UserId(), form.Reason, Now), () => ReopenView(form), "Enquiry reopened");

    private RedirectResult Saved(string message)
    {
        TempData[Shared.Display.NotificationBannerTagHelper.SuccessKey] = message;
        return Redirect(Overview);
    }

    private ViewResult ReopenView(ReopenForm form) => View("Reopen", new ReopenPage(Current.Summary, form));

    private async Task<IActionResult> ClosureViewAsync(ClosureRequestForm form)
    {
        var names = await StaffNames.OfAsync(Db, Enquiry.ClosureRequests.SelectMany(r => new[] { r.RequestedByUserId, r.ReviewedByUserId })
            .Concat(Enquiry.Reopenings.Select(r => r.ReopenedByUserId)));
        var history = Enquiry.ClosureRequests
            .SelectMany(r => new[]
            {
                new HistoryItem(r.RequestedAtUtc, "Closure requested", names[r.RequestedByUserId], r.Summary),
                r.ReviewedAtUtc is { } reviewedAt
                    ? new HistoryItem(reviewedAt, r.Decision == DecisionStatus.Authorised ? "Closure authorised" : "Closure request returned",
                        names[r.ReviewedByUserId!], r.ManagerComments)
                    : null,
            })
            .OfType<HistoryItem>()
            .Concat(Enquiry.Reopenings.Select(r => new HistoryItem(r.ReopenedAtUtc, "Reopened", names[r.ReopenedByUserId], r.Reason)))
            .OrderByDescending(h => h.AtUtc)
            .ToList();
        return View("Closure", new ClosurePage(
            Current.Summary, Enquiry.ClosureBlockers(), Enquiry.CurrentClosureRequest, history, User.IsInRole(Roles.TeamManager), form));
    }
}
