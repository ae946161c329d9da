using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using MspCaseManager.Data.Identity;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Web.Infrastructure.TwoFactor;
using QRCoder;

namespace MspCaseManager.Web.Features.TwoFactor;

/// <summary>
/// Setting up two-factor authentication with an authenticator app: the member of staff adds the
/// key to their app, proves it with a code, and is shown ten single-use recovery codes once.
/// </summary>
[AllowWithoutTwoFactor]
[Route(TwoFactorRequirementMiddleware.EnrolmentPath)]
public sealed class TwoFactorController(
    UserManager<StaffAccount> userManager,
    SignInManager<StaffAccount> signInManager,
    IUserStore<StaffAccount> userStore,
    IValidator<EnableTwoFactorForm> validator,
    ILogger<TwoFactorController> logger) : Controller
{
    public const string Issuer = "MspCaseManager";
    public const int RecoveryCodeCount = 10;

    private readonly IUserAuthenticatorKeyStore<StaffAccount> authenticatorKeys =
        userStore as IUserAuthenticatorKeyStore<StaffAccount> ?? throw new InvalidOperationException("The user store cannot keep authenticator keys.");

    public sealed record SetUpPage(string Key, string FormattedKey, string AuthenticatorUri, string QrCodeDataUri, EnableTwoFactorForm Form);

    public sealed record StatusPage(int RecoveryCodesLeft);

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await CurrentUserAsync();
        if (user.TwoFactorEnabled)
        {
            return View("Status", new StatusPage(await userManager.CountRecoveryCodesAsync(user)));
        }

        return View("SetUp", await SetUpPageAsync(user, new EnableTwoFactorForm()));
    }

    [HttpPost("")]
    public async Task<IActionResult> Enable([Bind(Prefix = "Form")] EnableTwoFactorForm form)
    {
        var user = await CurrentUserAsync();
        if (user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(Index));
        }

        ModelState.AddValidationErrors(await validator.ValidateAsync(form), "Form");
        if (ModelState.IsValid && !await userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, form.Code!))
        {
            ModelState.AddModelError("Form.Code", "Enter a correct code from your authenticator app");
        }

        if (!ModelState.IsValid)
        {
            return View("SetUp", await SetUpPageAsync(user, form));
        }

        await userManager.SetTwoFactorEnabledAsync(user, true);
        var codes = await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];
        // The security stamp changed: sign in again so this session carries the new stamp and status.
        await signInManager.RefreshSignInAsync(user);
        logger.LogInformation("Two-factor authentication set up for {UserId}", user.Id);
        return View("RecoveryCodes", codes.ToList());
    }

    private async Task<StaffAccount> CurrentUserAsync() =>
        await userManager.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user no longer exists.");

    /// <summary>
    /// The key to add to the app, made the first time the page is opened. It is stored without
    /// changing the security stamp (Identity's ResetAuthenticatorKeyAsync would change it and so end
    /// the member of staff's sessions part way through setting up); the stamp changes when
    /// two-factor authentication is switched on.
    /// </summary>
    private async Task<SetUpPage> SetUpPageAsync(StaffAccount user, EnableTwoFactorForm form)
    {
        var key = await userManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            key = userManager.GenerateNewAuthenticatorKey();
            await authenticatorKeys.SetAuthenticatorKeyAsync(user, key, HttpContext.RequestAborted);
            await userManager.UpdateAsync(user);
        }

        var label = $"{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email ?? user.Id)}";
        var uri = $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits={Totp.Digits}&period={Totp.StepSeconds}";
        return new SetUpPage(key, Totp.FormatKey(key), uri, QrCodeDataUri(uri), form);
    }

    /// <summary>The link as a QR code, a PNG in a data: address (the content security policy allows data: images, no script).</summary>
    private static string QrCodeDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        using var png = new PngByteQRCode(data);
        return "data:image/png;base64," + Convert.ToBase64String(png.GetGraphic(5));
    }
}

public sealed class EnableTwoFactorForm
{
    public string? Code { get; set; }
}

public sealed class EnableTwoFactorFormValidator : AbstractValidator<EnableTwoFactorForm>
{
    public EnableTwoFactorFormValidator()
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage("Enter the code from your authenticator app")
            .Must(c => c is null || Totp.Normalise(c) is not null).WithMessage("The code must be 6 numbers");
    }
}
