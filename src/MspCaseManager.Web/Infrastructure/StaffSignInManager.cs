using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MspCaseManager.Data.Identity;
using MspCaseManager.Web.Infrastructure.TwoFactor;

namespace MspCaseManager.Web.Infrastructure;

/// <summary>
/// A disabled account cannot sign in, and no attempt reveals what kind of account it was tried
/// on: a locked or disabled account costs the same work as a wrong password or code on an active
/// one (<see cref="EqualCostSignIn"/>), and the controller does the same for an unknown email.
/// </summary>
public sealed class StaffSignInManager(
    UserManager<StaffAccount> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<StaffAccount> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<StaffAccount>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<StaffAccount> confirmation,
    EqualCostSignIn equalCost)
    : SignInManager<StaffAccount>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(StaffAccount user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);

    /// <summary>A refused account still has its password hashed and its failure recorded, as a wrong password would.</summary>
    public override async Task<SignInResult> CheckPasswordSignInAsync(StaffAccount user, string password, bool lockoutOnFailure)
    {
        if (await PreSignInCheck(user) is { } refused)
        {
            equalCost.SpendPasswordCheck(password);
            await equalCost.SpendFailureWriteAsync(UserManager, user);
            return refused;
        }

        return await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
    }

    /// <summary>A refused account's code is checked and its failure recorded, as a wrong code would be.</summary>
    public override async Task<SignInResult> TwoFactorAuthenticatorSignInAsync(string code, bool isPersistent, bool rememberClient)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        if (user is not null && await PreSignInCheck(user) is { } refused)
        {
            if (await UserManager.GetAuthenticatorKeyAsync(user) is { } key)
            {
                equalCost.SpendCodeCheck(key, code);
            }

            await equalCost.SpendFailureWriteAsync(UserManager, user);
            return refused;
        }

        return await base.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient);
    }

    /// <summary>A refused account's recovery codes are read, and its failure recorded, as a wrong recovery code would be.</summary>
    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        if (user is not null && await PreSignInCheck(user) is { } refused)
        {
            await UserManager.CountRecoveryCodesAsync(user);
            await equalCost.SpendFailureWriteAsync(UserManager, user);
            return refused;
        }

        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        if (!result.Succeeded && user is not null && !result.IsLockedOut && !result.IsNotAllowed)
        {
            // Wrong recovery codes count towards the lockout, as wrong passwords and codes do.
            await UserManager.AccessFailedAsync(user);
        }

        return result;
    }
}

/// <summary>
/// The work a failed sign-in costs, done on purpose where there is nothing to check, so that the
/// time an attempt takes says nothing about the account: a password hashed with the configured
/// PBKDF2 iteration count (a dummy hash made once with the same options as every real one), a
/// code computed, a failure written.
/// </summary>
public sealed class EqualCostSignIn(IOptions<PasswordHasherOptions> options)
{
    private static readonly StaffAccount Nobody = new();
    private readonly PasswordHasher<StaffAccount> _hasher = new(options);
    private string? _dummyHash;

    public void SpendPasswordCheck(string password)
    {
        _dummyHash ??= _hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
        _ = _hasher.VerifyHashedPassword(Nobody, _dummyHash, password);
    }

    public void SpendCodeCheck(string key, string code) => _ = Totp.Matches(key, code, DateTimeOffset.UtcNow, out _);

    /// <summary>Writes the account's row (its concurrency stamp only), as recording a failed attempt does.</summary>
    public Task SpendFailureWriteAsync(UserManager<StaffAccount> users, StaffAccount user) => users.UpdateAsync(user);
}
