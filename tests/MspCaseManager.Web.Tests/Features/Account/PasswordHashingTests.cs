using System.Buffers.Binary;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using MspCaseManager.Data.Identity;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Startup;

namespace MspCaseManager.Web.Tests.Features.Account;

/// <summary>
/// Password hashes as production makes them: PBKDF2 at 210,000 iterations, older hashes upgraded
/// at sign-in. This host keeps the app's own iteration count; every other test host hashes with
/// <see cref="AppFactory.TestPasswordHashIterations"/>.
/// </summary>
public class PasswordHashingTests(PasswordHashingTests.ProductionHashingFactory factory) : IClassFixture<PasswordHashingTests.ProductionHashingFactory>
{
    public sealed class ProductionHashingFactory : AppFactory
    {
        protected override int? PasswordHashIterations => null;
    }

    private Task<StaffAccount> UserAsync(string email) =>
        factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));

    [Fact]
    public async Task DemoAccount_HashedAtStart_Uses210000Iterations()
    {
        var user = await UserAsync(DemoAccounts.SocialWorker.Email);

        Assert.Equal(210_000, IterationsOf(user.PasswordHash!));
    }

    [Fact]
    public async Task SignIn_HashWithFewerIterations_IsRehashedWithAtLeast210000()
    {
        var account = DemoAccounts.SouthSocialWorker;
        var oldHasher = new PasswordHasher<StaffAccount>(Options.Create(new PasswordHasherOptions { IterationCount = 10_000 }));
        await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == account.Email);
            user.PasswordHash = oldHasher.HashPassword(user, DemoAccounts.Password);
            await db.SaveChangesAsync();
        });
        Assert.Equal(10_000, IterationsOf((await UserAsync(account.Email)).PasswordHash!));
        using var client = factory.CreateAppClient();

        var signedIn = await client.SignInAsync(account);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.True(IterationsOf((await UserAsync(account.Email)).PasswordHash!) >= 210_000);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public void IterationSetting_LowerOutsideTesting_IsIgnored(string environment)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Identity:PasswordHashIterations", "1000")])
            .Build();

        var iterations = IdentitySetup.PasswordHashIterations(configuration, new Environment(environment));

        Assert.Equal(210_000, iterations);
    }

    private sealed class Environment(string name) : IWebHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "MspCaseManager.Web";

        public string WebRootPath { get; set; } = string.Empty;

        public Microsoft.Extensions.FileProviders.IFileProvider WebRootFileProvider { get; set; } = null!;

        public string ContentRootPath { get; set; } = string.Empty;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }

    /// <summary>
    /// Identity v3 hash: byte 0 = 0x01, then PRF, iteration count and salt length as big-endian
    /// unsigned 32-bit integers, then the salt and the subkey.
    /// </summary>
    private static int IterationsOf(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(0x01, bytes[0]);
        return (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5, 4));
    }
}
