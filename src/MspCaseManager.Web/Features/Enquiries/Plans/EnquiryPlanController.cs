using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Enquiries.Plans;

/// <summary>The safeguarding plan: actions (what, who, when, how far along) and meetings.</summary>
[Route("/enquiries/{id:int}/plan")]
public sealed class EnquiryPlanController(
    MspDbContext db,
    TimeProvider time,
    IValidator<PlanActionForm> actionValidator,
    IValidator<MeetingForm> meetingValidator) : EnquiryEditController(db, time)
{
    public sealed record ActionPage(EnquiryHeader Enquiry, PlanActionForm Form, int? ActionId);

    [HttpGet("")]
    public Task<IActionResult> Index(int id) => SectionAsync(id, "Plan");

    [HttpGet("actions/new")]
    public Task<IActionResult> AddAction(int id) => FormAsync(id, (_, header, version) =>
        ActionView(header, new PlanActionForm { Status = Domain.Plans.PlanActionStatus.NotStarted, Version = version }, null));

    [HttpPost("actions/new")]
    public async Task<IActionResult> AddAction(int id, [Bind(Prefix = "Form")] PlanActionForm form) =>
        await SaveAsync(id, form.Version, await actionValidator.ValidateAsync(form),
            e => e.AddPlanAction(form.ToDetails(), Today),
            (_, header) => ActionView(header, form, null), "Action added", Section(id));

    [HttpGet("actions/{actionId:int}")]
    public Task<IActionResult> UpdateAction(int id, int actionId) => FormAsync(id, (e, header, version) =>
        e.PlanActions.FirstOrDefault(a => a.Id == actionId) is { } action
            ? ActionView(header, PlanActionForm.From(action, version), actionId)
            : NotFound());

    [HttpPost("actions/{actionId:int}")]
    public async Task<IActionResult> UpdateAction(int id, int actionId, [Bind(Prefix = "Form")] PlanActionForm form) =>
        await SaveAsync(id, form.Version, await actionValidator.ValidateAsync(form),
            e =>
            {
                if (e.PlanActions.All(a => a.Id != actionId))
                {
                    throw new Domain.Common.DomainRuleException("Choose an action from this plan");
                }

                e.UpdatePlanAction(actionId, form.ToDetails(), Today);
            },
            (e, header) => e.PlanActions.Any(a => a.Id == actionId) ? ActionView(header, form, actionId) : NotFound(),
            "Action updated", Section(id));

    [HttpGet("meetings/new")]
    public Task<IActionResult> RecordMeeting(int id) => FormAsync(id, (_, header, version) =>
        FormView("Meeting", header, new MeetingForm { HeldOn = DateInput.From(Today), Version = version }));

    [HttpPost("meetings/new")]
    public async Task<IActionResult> RecordMeeting(int id, [Bind(Prefix = "Form")] MeetingForm form) =>
        await SaveAsync(id, form.Version, await meetingValidator.ValidateAsync(form),
            e => e.RecordMeeting(form.ToDetails(), Today),
            (_, header) => FormView("Meeting", header, form), "Meeting recorded", Section(id));

    private static string Section(int id) => $"/enquiries/{id}/plan";

    private ViewResult ActionView(EnquiryHeader header, PlanActionForm form, int? actionId) =>
        View("PlanAction", new ActionPage(header, form, actionId));
}
