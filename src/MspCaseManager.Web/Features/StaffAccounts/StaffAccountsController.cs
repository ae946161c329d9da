using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Data.Identity;
using MspCaseManager.Data.Sessions;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Web.Infrastructure.Sessions;

namespace MspCaseManager.Web.Features.StaffAccounts;

/// <summary>
/// Administrators create staff accounts, disable and re-enable them, and reset passwords.
/// Accounts are never deleted, so every audit entry keeps its author.
/// </summary>
[Authorize(Roles = Roles.Administrator)]
[Route("/admin/users")]
public sealed class StaffAccountsController(
    MspDbContext db,
    UserManager<StaffAccount> userManager,
    StaffSessions sessions,
    IValidator<CreateStaffAccountForm> createValidator,
    IValidator<ResetPasswordForm> resetValidator,
    ILogger<StaffAccountsController> logger) : Controller
{
    public sealed record StaffAccountRow(string Id, string DisplayName, string? Email, string? Role, string? Team, bool IsDisabled);

    public sealed record CreateStaffAccountPage(CreateStaffAccountForm Form, IReadOnlyList<GovUkOption> Teams);

    public sealed record ResetPasswordPage(string UserId, string DisplayName, ResetPasswordForm Form);

    public sealed record StaffAccountPage(StaffAccountRow Account, bool TwoFactorEnabled, int OpenSessions, bool IsSelf);

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var users = await (
            from user in db.Users
            orderby user.DisplayName
            select new StaffAccountRow(
                user.Id,
                user.DisplayName,
                user.Email,
                (from userRole in db.UserRoles
                 join role in db.Roles on userRole.RoleId equals role.Id
                 where userRole.UserId == user.Id
                 select role.Name).FirstOrDefault(),
                user.Team != null ? user.Team.Name : null,
                user.IsDisabled))
            .ToListAsync();
        return View(users);
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create() => View(new CreateStaffAccountPage(new CreateStaffAccountForm(), await TeamOptionsAsync()));

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] CreateStaffAccountForm form)
    {
        ModelState.AddValidationErrors(await createValidator.ValidateAsync(form), "Form");
        if (ModelState.IsValid && form.TeamId is { } teamId && !await db.Teams.AnyAsync(t => t.Id == teamId))
        {
            ModelState.AddModelError("Form.TeamId", "Select the team this person works in");
        }

        if (ModelState.IsValid && await userManager.FindByEmailAsync(form.Email!.Trim()) is not null)
        {
            ModelState.AddModelError("Form.Email", "An account with this email address already exists");
        }

        if (!ModelState.IsValid)
        {
            return View(new CreateStaffAccountPage(form, await TeamOptionsAsync()));
        }

        var email = form.Email!.Trim();
        var user = new StaffAccount
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = form.DisplayName!.Trim(),
            TeamId = Roles.RequiresTeam(form.Role!) ? form.TeamId : null,
        };

        var created = await userManager.CreateAsync(user, form.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? "Form.Password" : "Form.Email", error.Description);
            }

            return View(new CreateStaffAccountPage(form, await TeamOptionsAsync()));
        }

        await userManager.AddToRoleAsync(user, form.Role!);
        logger.LogInformation("Account {UserId} created with role {Role}", user.Id, form.Role);
        TempData["Success"] = $"Account created for {user.DisplayName}";
        return RedirectToAction(nameof(Index));
    }

    /// <summary>One member of staff's account, with what an administrator can do to it.</summary>
    [HttpGet("{id}")]
    public async Task<IActionResult> Show(string id)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var team = user.TeamId is { } teamId ? await db.Teams.Where(t => t.Id == teamId).Select(t => t.Name).SingleOrDefaultAsync() : null;
        var role = (await userManager.GetRolesAsync(user)).FirstOrDefault();
        var row = new StaffAccountRow(user.Id, user.DisplayName, user.Email, role, team, user.IsDisabled);
        return View(new StaffAccountPage(row, user.TwoFactorEnabled, await sessions.CountOpenAsync(user.Id), user.Id == userManager.GetUserId(User)));
    }

    /// <summary>Ends every session the member of staff has open, at once (for a lost device, or a suspected misuse).</summary>
    [HttpPost("{id}/sign-out-everywhere")]
    public async Task<IActionResult> SignOutEverywhere(string id)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var ended = await sessions.EndAllAsync(user.Id, SessionEndReason.EndedByAdministrator);
        logger.LogInformation("Account {UserId} signed out of {Count} sessions by an administrator", user.Id, ended);
        TempData["Success"] = $"{user.DisplayName} is signed out of every device";
        return RedirectToAction(nameof(Show), new { id = user.Id });
    }

    [HttpPost("{id}/disable")]
    public Task<IActionResult> Disable(string id) => SetDisabledAsync(id, disabled: true);

    [HttpPost("{id}/enable")]
    public Task<IActionResult> Enable(string id) => SetDisabledAsync(id, disabled: false);

    [HttpGet("{id}/reset-password")]
    public async Task<IActionResult> ResetPassword(string id)
    {
        var user = await userManager.FindByIdAsync(id);
        return user is null ? NotFound() : View(new ResetPasswordPage(user.Id, user.DisplayName, new ResetPasswordForm()));
    }

    [HttpPost("{id}/reset-password")]
    public async Task<IActionResult> ResetPassword(string id, [Bind(Prefix = "Form")] ResetPasswordForm form)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        ModelState.AddValidationErrors(await resetValidator.ValidateAsync(form), "Form");
        if (ModelState.IsValid)
        {
            var token = await userManager.GeneratePasswordResetTokenAsync(user);
            var result = await userManager.ResetPasswordAsync(user, token, form.Password!);
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Form.Password", error.Description);
            }
        }

        if (!ModelState.IsValid)
        {
            return View(new ResetPasswordPage(user.Id, user.DisplayName, form));
        }

        // A new password ends the person's sessions at once and clears any lockout.
        await sessions.EndAllAsync(user.Id, SessionEndReason.PasswordReset);
        await userManager.SetLockoutEndDateAsync(user, null);
        await userManager.ResetAccessFailedCountAsync(user);
        logger.LogInformation("Password reset for account {UserId}", user.Id);
        TempData["Success"] = $"Password reset for {user.DisplayName}. Tell them the new password in person or by phone";
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SetDisabledAsync(string id, bool disabled)
    {
        var user = await userManager.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (disabled && user.Id == userManager.GetUserId(User))
        {
            // An administrator cannot lock themselves out; the list offers no such button.
            return BadRequest();
        }

        user.IsDisabled = disabled;
        await userManager.UpdateAsync(user);
        await userManager.UpdateSecurityStampAsync(user);
        if (disabled)
        {
            // A disabled account's sessions end at once, on every device.
            await sessions.EndAllAsync(user.Id, SessionEndReason.AccountDisabled);
        }

        logger.LogInformation("Account {UserId} {Change}", user.Id, disabled ? "disabled" : "re-enabled");
        TempData["Success"] = disabled ? $"{user.DisplayName}’s account is disabled" : $"{user.DisplayName}’s account is enabled";
        return RedirectToAction(nameof(Index));
    }

    private async Task<IReadOnlyList<GovUkOption>> TeamOptionsAsync() =>
        await db.Teams.OrderBy(t => t.Name).Select(t => new GovUkOption(t.Id.ToString(), t.Name, null)).ToListAsync();
}
