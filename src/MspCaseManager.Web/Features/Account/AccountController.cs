using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data.Identity;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Account;

/// <summary>Sign in and sign out. There is no self-registration: administrators create accounts.</summary>
public sealed class AccountController(
    SignInManager<ApplicationUser> signInManager,
    IValidator<SignInForm> validator,
    ILogger<AccountController> logger) : Controller
{
    /// <summary>The one message for every failed sign-in, so it never reveals whether an account exists.</summary>
    public const string SignInFailedMessage = "Enter a correct email address and password";

    [AllowAnonymous]
    [HttpGet("/sign-in")]
    public IActionResult SignIn(string? returnUrl)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return Redirect(Navigation.StartPage(User));
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
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signInManager.PasswordSignInAsync(user, form.Password!, isPersistent: false, lockoutOnFailure: true);

        if (!result.Succeeded)
        {
            logger.LogWarning("Sign-in failed for {UserId}: {Reason}", user?.Id ?? "unknown account",
                result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "not allowed" : "wrong credentials");
            ModelState.AddModelError(nameof(SignInForm.Email), SignInFailedMessage);
            return View(form);
        }

        logger.LogInformation("Sign-in succeeded for {UserId}", user!.Id);
        if (!string.IsNullOrEmpty(form.ReturnUrl) && Url.IsLocalUrl(form.ReturnUrl) && form.ReturnUrl != "/")
        {
            return LocalRedirect(form.ReturnUrl);
        }

        return Redirect("/");
    }

    [HttpPost("/sign-out")]
    public async Task<IActionResult> SignOutOfService()
    {
        await signInManager.SignOutAsync();
        return Redirect("/signed-out");
    }

    [AllowAnonymous]
    [HttpGet("/signed-out")]
    public IActionResult SignedOut() => View();
}
