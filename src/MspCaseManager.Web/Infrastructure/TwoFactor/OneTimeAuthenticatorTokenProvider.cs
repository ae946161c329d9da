using Microsoft.AspNetCore.Identity;
using MspCaseManager.Data.Identity;

namespace MspCaseManager.Web.Infrastructure.TwoFactor;

/// <summary>
/// Authenticator-app codes that work once only. Identity's own provider accepts a code again
/// for as long as it is valid (up to 90 seconds), so a code seen over someone's shoulder could be
/// replayed. This one remembers the time step of the last code it accepted
/// (<see cref="StaffAccount.LastTotpTimeStep"/>) and refuses that step and every earlier one.
/// One step either side of now is allowed for clock drift.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(TimeProvider clock) : IUserTwoFactorTokenProvider<StaffAccount>
{
    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<StaffAccount> manager, StaffAccount user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The code comes from the user's app, never from the server.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<StaffAccount> manager, StaffAccount user) =>
        Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<StaffAccount> manager, StaffAccount user)
    {
        var code = Totp.Normalise(token);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (code is null || string.IsNullOrWhiteSpace(key)
            || !Totp.Matches(key, code, clock.GetUtcNow(), out var accepted)
            || accepted <= (user.LastTotpTimeStep ?? long.MinValue))
        {
            return false;
        }

        // Saving fails on a concurrency conflict (the same code used twice at once): refused.
        user.LastTotpTimeStep = accepted;
        return (await manager.UpdateAsync(user)).Succeeded;
    }
}
