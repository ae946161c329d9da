using Microsoft.AspNetCore.Identity;
using MspCaseManager.Data.Identity;

namespace MspCaseManager.Web.Infrastructure.Passwords;

/// <summary>
/// Refuses passwords that appear on a list of commonly used passwords (case-insensitive), as
/// NCSC and NIST advise instead of composition rules. The list ships embedded in the app.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<StaffAccount>
{
    public const string ErrorCode = "CommonPassword";
    public const string Message = "Choose a password that is harder to guess";

    private static readonly Lazy<HashSet<string>> CommonPasswords = new(Load);

    public static int Count => CommonPasswords.Value.Count;

    public static bool IsCommon(string password) => CommonPasswords.Value.Contains(password.Trim());

    public Task<IdentityResult> ValidateAsync(UserManager<StaffAccount> manager, StaffAccount user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = Message })
            : IdentityResult.Success);

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }

        return passwords;
    }

    private const string ResourceName = "MspCaseManager.Web.Infrastructure.Passwords.common-passwords.txt";
}
