using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Data.Reliability;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Domain.Teams;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Teams;

/// <summary>Administrators create and rename teams. Teams are never deleted: cases refer to them.</summary>
[Authorize(Roles = Roles.Administrator)]
[Route("/admin/teams")]
public sealed class TeamsController(MspDbContext db, IValidator<TeamForm> validator) : Controller
{
    public const string NameTakenMessage = "A team with this name already exists";

    public sealed record TeamRow(int Id, string Name, int Members);

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var teams = await db.Teams
            .OrderBy(t => t.Name)
            .Select(t => new TeamRow(t.Id, t.Name, db.Users.Count(u => u.TeamId == t.Id)))
            .ToListAsync();
        return View(teams);
    }

    [HttpGet("new")]
    public IActionResult Create() => View(new TeamForm());

    [HttpPost("new")]
    public async Task<IActionResult> Create(TeamForm form)
    {
        ModelState.AddValidationErrors(await validator.ValidateAsync(form));
        if (ModelState.IsValid && await NameTakenAsync(form.Name!, exceptId: null))
        {
            ModelState.AddModelError(nameof(TeamForm.Name), NameTakenMessage);
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var team = new Team(form.Name!);
        db.Teams.Add(team);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e) when (DatabaseFailures.IsUniqueViolation(e))
        {
            // Someone added a team of this name after the check above.
            ModelState.AddModelError(nameof(TeamForm.Name), NameTakenMessage);
            return View(form);
        }

        TempData["Success"] = $"Team ‘{team.Name}’ created";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/rename")]
    public async Task<IActionResult> Rename(int id)
    {
        var team = await db.Teams.FindAsync(id);
        if (team is null)
        {
            return NotFound();
        }

        return View(new TeamForm { Name = team.Name, Version = db.VersionOf(team) });
    }

    [HttpPost("{id:int}/rename")]
    public async Task<IActionResult> Rename(int id, TeamForm form)
    {
        var team = await db.Teams.FindAsync(id);
        if (team is null)
        {
            return NotFound();
        }

        ModelState.AddValidationErrors(await validator.ValidateAsync(form));
        if (ModelState.IsValid && await NameTakenAsync(form.Name!, exceptId: id))
        {
            ModelState.AddModelError(nameof(TeamForm.Name), NameTakenMessage);
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        team.Rename(form.Name!);
        try
        {
            if (!await db.TrySaveAsync(team, form, ModelState, onConflict: () => SavedNow.Show(ViewData, new TeamForm { Name = team.Name }, prefix: null)))
            {
                return View(form);
            }
        }
        catch (DbUpdateException e) when (DatabaseFailures.IsUniqueViolation(e))
        {
            ModelState.AddModelError(nameof(TeamForm.Name), NameTakenMessage);
            return View(form);
        }

        TempData["Success"] = $"Team renamed to ‘{team.Name}’";
        return RedirectToAction(nameof(Index));
    }

    private Task<bool> NameTakenAsync(string name, int? exceptId)
    {
        var trimmed = name.Trim();
        return db.Teams.AnyAsync(t => t.Name == trimmed && t.Id != exceptId);
    }
}
