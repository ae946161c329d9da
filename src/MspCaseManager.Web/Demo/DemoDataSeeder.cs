using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Data.Identity;
using MspCaseManager.Domain.Teams;

namespace MspCaseManager.Web.Demo;

/// <summary>
/// Creates the demo teams and accounts when they are missing. Safe to run on every start.
/// </summary>
public sealed class DemoDataSeeder(MspDbContext db, UserManager<StaffAccount> userManager, ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync()
    {
        var teams = new Dictionary<string, Team>();
        foreach (var name in new[] { DemoAccounts.NorthTeam, DemoAccounts.SouthTeam })
        {
            var team = await db.Teams.SingleOrDefaultAsync(t => t.Name == name);
            if (team is null)
            {
                team = new Team(name);
                db.Teams.Add(team);
                await db.SaveChangesAsync();
            }

            teams[name] = team;
        }

        foreach (var account in DemoAccounts.All)
        {
            if (await userManager.FindByEmailAsync(account.Email) is not null)
            {
                continue;
            }

            var user = new StaffAccount
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                TeamId = account.Team is null ? null : teams[account.Team].Id,
            };
            Check(await userManager.CreateAsync(user, DemoAccounts.Password));
            Check(await userManager.AddToRoleAsync(user, account.Role));
            if (DemoAccounts.UsesTwoFactor(account))
            {
                // The key is stored as Identity's own user store stores authenticator keys.
                Check(await userManager.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", DemoAccounts.AuthenticatorKey));
                Check(await userManager.SetTwoFactorEnabledAsync(user, true));
            }

            logger.LogInformation("Demo account {UserId} created with role {Role}", user.Id, account.Role);
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not create demo data: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
