using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data.Identity;
using MspCaseManager.Data.Sessions;
using MspCaseManager.Domain.Audit;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Web.Infrastructure;
using MspCaseManager.Web.Infrastructure.Audit;
using MspCaseManager.Web.Infrastructure.Sessions;
using MspCaseManager.Web.Infrastructure.TwoFactor;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace MspCaseManager.Web.Features.Account;

/// <summary>
/// Sign in (password, then an authenticator or recovery code when two-factor authentication is on)
/// and sign out. There is no self-registration: administrators create accounts. Every attempt is
/// audited; no message reveals whether an account exists.
/// </summary>
public sealed class AccountController(
    SignInManager<StaffAccount> signInManager,
    IValidator<SignInForm> validator,
    IValidator<SignInCodeForm> codeValidator,
    EqualCostSignIn equalCost,
    StaffSessions sessions,
    IAuditLog audit,
    ILogger<AccountController> logger) : Controller
{
    /// <summary>The one message for every failed sign-in, so it never reveals whether an account exists.</summary>
    public const string SignInFailedMessage = "Enter a correct email address and password";

    public const string CodeFailedMessage = "Enter a correct code from your authenticator app";

    public const string RecoveryCodeFailedMessage = "Enter a correct recovery code";

    public const string AuditEntityType = "Account";

    [AllowAnonymous]
    [HttpGet("/sign-in")]
    public IActionResult SignIn(string? returnUrl)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return Redirect(Navigation.StartPage(User, Url));
        }

        return View(new SignInForm { ReturnUrl = returnUrl });
    }

    [AllowAnonymous]
    [HttpPost("/sign-in")]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        ModelState.AddValidationErrors(await validator.ValidateAsync(form));
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await signInManager.UserManager.FindByEmailAsync(form.Email!.Trim());
        if (user is null)
        {
            // An unknown email costs what a wrong password does, so timing reveals nothing.
            equalCost.SpendPasswordCheck(form.Password!);
        }

        var result = user is null
            ? SignInResult.Failed
            : await signInManager.PasswordSignInAsync(user, form.Password!, isPersistent: false, lockoutOnFailure: true);

        if (result.RequiresTwoFactor)
        {
            return Redirect(WithReturnUrl(Url.Action(nameof(TwoFactor))!, form.ReturnUrl));
        }

        if (!await AuditOutcomeAsync(user, result))
        {
            ModelState.AddModelError(nameof(SignInForm.Email), SignInFailedMessage);
            return View(form);
        }

        return AfterSignIn(form.ReturnUrl);
    }

    [AllowAnonymous]
    [HttpGet("/sign-in/two-factor")]
    public Task<IActionResult> TwoFactor(string? returnUrl) => CodePageAsync("TwoFactor", returnUrl);

    [AllowAnonymous]
    [HttpPost("/sign-in/two-factor")]
    public Task<IActionResult> TwoFactor(SignInCodeForm form) =>
        SignInWithCodeAsync("TwoFactor", form, CodeFailedMessage, code => signInManager.TwoFactorAuthenticatorSignInAsync(code, false, false));

    [AllowAnonymous]
    [HttpGet("/sign-in/recovery-code")]
    public Task<IActionResult> RecoveryCode(string? returnUrl) => CodePageAsync("RecoveryCode", returnUrl);

    [AllowAnonymous]
    [HttpPost("/sign-in/recovery-code")]
    public Task<IActionResult> RecoveryCode(SignInCodeForm form) =>
        SignInWithCodeAsync("RecoveryCode", form, RecoveryCodeFailedMessage,
            code => signInManager.TwoFactorRecoveryCodeSignInAsync(code.Replace(" ", string.Empty, StringComparison.Ordinal)));

    [AllowWithoutTwoFactor]
    [HttpPost("/sign-out")]
    public async Task<IActionResult> SignOutOfService()
    {
        await audit.RecordAsync(AuditAction.SignOut, AuditEntityType, User.UserId());
        await signInManager.SignOutAsync();
        return RedirectToAction(nameof(SignedOut));
    }

    public sealed record AccountPage(string DisplayName, string? Email, string? Role, string? Team, bool TwoFactorEnabled, int OpenSessions);

    /// <summary>The member of staff's own account: who they are signed in as, and signing out everywhere.</summary>
    [AllowWithoutTwoFactor]
    [HttpGet("/account")]
    public async Task<IActionResult> Index()
    {
        var userId = User.UserId();
        var page = await signInManager.UserManager.Users
            .Where(u => u.Id == userId)
            .Select(u => new AccountPage(u.DisplayName, u.Email, null, u.Team != null ? u.Team.Name : null, u.TwoFactorEnabled, 0))
            .SingleAsync();
        return View(page with { Role = User.StaffRole(), OpenSessions = await sessions.CountOpenAsync(userId) });
    }

    /// <summary>Ends every session of the signed-in member of staff, on every device, this one included.</summary>
    [AllowWithoutTwoFactor]
    [HttpPost("/account/sign-out-everywhere")]
    public async Task<IActionResult> SignOutEverywhere()
    {
        var userId = User.UserId();
        await audit.RecordAsync(AuditAction.SignOut, AuditEntityType, userId);
        var ended = await sessions.EndAllAsync(userId, SessionEndReason.SignedOutEverywhere);
        await signInManager.SignOutAsync();
        logger.LogInformation("Account {UserId} signed out of {Count} sessions", userId, ended);
        return RedirectToAction(nameof(SignedOut));
    }

    [AllowAnonymous]
    [HttpGet("/signed-out")]
    public IActionResult SignedOut() => View();

    /// <summary>The second step is only for someone who has just given a correct password.</summary>
    private async Task<IActionResult> CodePageAsync(string view, string? returnUrl) =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(SignIn))
            : View(view, new SignInCodeForm { ReturnUrl = returnUrl });

    private async Task<IActionResult> SignInWithCodeAsync(
        string view, SignInCodeForm form, string failedMessage, Func<string, Task<SignInResult>> signIn)
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction(nameof(SignIn));
        }

        ModelState.AddValidationErrors(await codeValidator.ValidateAsync(form));
        if (!ModelState.IsValid)
        {
            return View(view, form);
        }

        if (!await AuditOutcomeAsync(user, await signIn(form.Code!.Trim())))
        {
            ModelState.AddModelError(nameof(SignInCodeForm.Code), failedMessage);
            return View(view, form);
        }

        return AfterSignIn(form.ReturnUrl);
    }

    /// <summary>Audits a finished sign-in attempt and says whether it succeeded.</summary>
    private async Task<bool> AuditOutcomeAsync(StaffAccount? user, SignInResult result)
    {
        var role = user is null ? null : (await signInManager.UserManager.GetRolesAsync(user)).FirstOrDefault();
        await audit.RecordForAsync(
            user?.Id, role, result.Succeeded ? AuditAction.SignInSucceeded : AuditAction.SignInFailed, AuditEntityType, user?.Id ?? string.Empty);
        if (result.Succeeded)
        {
            logger.LogInformation("Sign-in succeeded for {UserId}", user!.Id);
            return true;
        }

        logger.LogWarning("Sign-in failed for {UserId}: {Reason}", user?.Id ?? "unknown account",
            result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "not allowed" : "wrong credentials");
        return false;
    }

    private IActionResult AfterSignIn(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) && returnUrl != "/"
            ? LocalRedirect(returnUrl)
            : Redirect(Url.ToStartPage());

    private string WithReturnUrl(string path, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl)
            ? $"{path}?returnUrl={Uri.EscapeDataString(returnUrl)}"
            : path;
}
