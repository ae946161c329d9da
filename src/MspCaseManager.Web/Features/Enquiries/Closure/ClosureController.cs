using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Infrastructure;
using MspCaseManager.Web.Features.Shared;

namespace MspCaseManager.Web.Features.Enquiries.Closure;

/// <summary>
/// Closing an enquiry: the worker asks with a closing summary, the enquiry refuses while anything
/// stops it closing, and a team manager of the team authorises or returns the request
/// (<see cref="Authorisations.ClosureReviewController"/>). A manager
/// can reopen a closed enquiry with a reason. Every request, decision and reopening is kept.
/// </summary>
[Authorize(Roles = Roles.Practitioners)]
[Route("/enquiries/{id:int}")]
public sealed class ClosureController(
    MspDbContext db,
    TimeProvider time,
    IValidator<ClosureRequestForm> requestValidator,
    IValidator<ReopenForm> reopenValidator) : EnquiryEditController(db, time)
{
    public sealed record HistoryItem(DateTime AtUtc, string What, string Who, string? Text);

    public sealed record ClosurePage(
        EnquiryQueries.Summary Enquiry, IReadOnlyList<ClosureBlocker> Blockers, ClosureRequest? Current, IReadOnlyList<HistoryItem> History,
        bool IsManager, ClosureRequestForm Form);

    public sealed record ReopenPage(EnquiryQueries.Summary Enquiry, ReopenForm Form);

    [HttpGet("closure")]
    public async Task<IActionResult> Closure(int id)
    {
        var enquiry = await LoadAsync(id);
        return enquiry is null ? await RefusalAsync(id) : await ClosureViewAsync(enquiry, new ClosureRequestForm { Version = Db.VersionOf(enquiry) });
    }

    [HttpPost("closure")]
    public async Task<IActionResult> Closure(int id, [Bind(Prefix = "Form")] ClosureRequestForm form)
    {
        var enquiry = await LoadAsync(id);
        if (enquiry is null)
        {
            return await RefusalAsync(id);
        }

        var saved = await TrySaveAsync(enquiry, form.Version, await requestValidator.ValidateAsync(form), () =>
            enquiry.RequestClosure(form.Summary, User.UserId(), Now));
        if (!saved)
        {
            return await ClosureViewAsync(enquiry, form);
        }

        TempData["Success"] = "Closure requested. A team manager will review it";
        return ToEnquiry(id);
    }

    [HttpGet("reopen")]
    [Authorize(Roles = Roles.TeamManager)]
    public async Task<IActionResult> Reopen(int id)
    {
        var enquiry = await LoadAsync(id);
        if (enquiry is null)
        {
            return await RefusalAsync(id);
        }

        return enquiry.IsClosed
            ? View("Reopen", new ReopenPage(await SummaryAsync(id), new ReopenForm { Version = Db.VersionOf(enquiry) }))
            : ToEnquiry(id);
    }

    [HttpPost("reopen")]
    [Authorize(Roles = Roles.TeamManager)]
    public async Task<IActionResult> Reopen(int id, [Bind(Prefix = "Form")] ReopenForm form)
    {
        var enquiry = await LoadAsync(id);
        if (enquiry is null)
        {
            return await RefusalAsync(id);
        }

        var saved = await TrySaveAsync(enquiry, form.Version, await reopenValidator.ValidateAsync(form), () =>
            enquiry.Reopen(User.UserId(), form.Reason, Now));
        if (!saved)
        {
            return View("Reopen", new ReopenPage(await SummaryAsync(id), form));
        }

        TempData["Success"] = "Enquiry reopened";
        return ToEnquiry(id);
    }

    private async Task<ViewResult> ClosureViewAsync(Enquiry enquiry, ClosureRequestForm form)
    {
        var names = await StaffNames.OfAsync(Db, enquiry.ClosureRequests.SelectMany(r => new[] { r.RequestedByUserId, r.ReviewedByUserId })
            .Concat(enquiry.Reopenings.Select(r => r.ReopenedByUserId)));
        var history = enquiry.ClosureRequests
            .SelectMany(r => new[]
            {
                new HistoryItem(r.RequestedAtUtc, "Closure requested", names[r.RequestedByUserId], r.Summary),
                r.ReviewedAtUtc is { } reviewedAt
                    ? new HistoryItem(reviewedAt, r.Decision == DecisionStatus.Authorised ? "Closure authorised" : "Closure request returned",
                        names[r.ReviewedByUserId!], r.ManagerComments)
                    : null,
            })
            .OfType<HistoryItem>()
            .Concat(enquiry.Reopenings.Select(r => new HistoryItem(r.ReopenedAtUtc, "Reopened", names[r.ReopenedByUserId], r.Reason)))
            .OrderByDescending(h => h.AtUtc)
            .ToList();
        return View("Closure", new ClosurePage(
            await SummaryAsync(enquiry.Id), enquiry.ClosureBlockers(), enquiry.CurrentClosureRequest, history, User.IsInRole(Roles.TeamManager), form));
    }
}
