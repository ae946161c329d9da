using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;
using MspCaseManager.Domain.Plans;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Enquiries.Plans;

/// <summary>The safeguarding plan: actions (what, who, when, how far along) and meetings.</summary>
[Route("/enquiries/{id:int}/plan")]
public sealed class EnquiryPlanController(MspDbContext db, TimeProvider time) : EnquiryController(db, time)
{
    public sealed record ActionPage(EnquiryHeader Enquiry, PlanActionForm Form, int? ActionId);

    [HttpGet("")]
    [LoadEnquiry(RecordAccess.Read)]
    public Task<ViewResult> Index() => SectionViewAsync("Plan", Enquiry.PlanActions);

    [HttpGet("actions/new")]
    [LoadEnquiry(RecordAccess.Edit)]
    public IActionResult AddAction() => ActionView(new PlanActionForm { Status = PlanActionStatus.NotStarted, Version = Version }, null);

    [HttpPost("actions/new")]
    [LoadEnquiry(RecordAccess.Edit)]
    public Task<IActionResult> AddAction([Bind(Prefix = "Form")] PlanActionForm form) =>
        AppendAsync(form, e => e.AddPlanAction(form.ToDetails(), Today), () => ActionView(form, null), "Action added", PageOf(nameof(Index)));

    [HttpGet("actions/{actionId:int}")]
    [LoadEnquiry(RecordAccess.Edit)]
    public IActionResult UpdateAction(int actionId) => Action(actionId) is { } action
        ? ActionView(PlanActionForm.From(action, Version), actionId)
        : NotFound();

    [HttpPost("actions/{actionId:int}")]
    [LoadEnquiry(RecordAccess.Edit)]
    public Task<IActionResult> UpdateAction(int actionId, [Bind(Prefix = "Form")] PlanActionForm form) => Action(actionId) is null
        ? Task.FromResult<IActionResult>(NotFound())
        : SaveAsync(form, e => e.UpdatePlanAction(actionId, form.ToDetails(), Today), () => ActionView(form, actionId), "Action updated", PageOf(nameof(Index)),
            savedNow: () => Action(actionId) is { } saved ? PlanActionForm.From(saved, Version) : null);

    [HttpGet("meetings/new")]
    [LoadEnquiry(RecordAccess.Edit)]
    public IActionResult RecordMeeting() => FormView("Meeting", new MeetingForm { HeldOn = DateInput.From(Today), Version = Version });

    [HttpPost("meetings/new")]
    [LoadEnquiry(RecordAccess.Edit)]
    public Task<IActionResult> RecordMeeting([Bind(Prefix = "Form")] MeetingForm form) =>
        AppendAsync(form, e => e.RecordMeeting(form.ToDetails(), Today), () => FormView("Meeting", form), "Meeting recorded", PageOf(nameof(Index)));

    /// <summary>An action in this enquiry's plan; null when it has none with that id.</summary>
    private PlanAction? Action(int actionId) => Enquiry.PlanActions.ThatCount().FirstOrDefault(a => a.Id == actionId);

    private ViewResult ActionView(PlanActionForm form, int? actionId) => View("PlanAction", new ActionPage(Header, form, actionId));
}
