using System.Text;
using OtpNet;

namespace MspCaseManager.Web.Infrastructure.TwoFactor;

/// <summary>
/// Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), the codes
/// authenticator apps show, computed by Otp.NET. Keys are exchanged as Base32 text (RFC 4648).
/// That a code works once only is this app's rule, kept by <see cref="OneTimeAuthenticatorTokenProvider"/>.
/// </summary>
public static class Totp
{
    public const int StepSeconds = 30;
    public const int Digits = 6;

    /// <summary>One step either side of now is accepted, for clock drift.</summary>
    private static readonly VerificationWindow DriftWindow = new(previous: 1, future: 1);

    public static string CodeAt(string base32Key, DateTimeOffset time) => Generator(base32Key).ComputeTotp(time.UtcDateTime);

    /// <summary>
    /// True when <paramref name="code"/> is the key's code within one step of <paramref name="now"/>;
    /// <paramref name="step"/> is the time step it belongs to.
    /// </summary>
    public static bool Matches(string base32Key, string code, DateTimeOffset now, out long step) =>
        Generator(base32Key).VerifyTotp(now.UtcDateTime, code, out step, DriftWindow);

    /// <summary>The code as typed, without spaces or hyphens, when it is six digits; else null.</summary>
    public static string? Normalise(string? typed)
    {
        var code = new string((typed ?? string.Empty).Where(c => c is not (' ' or '-')).ToArray());
        return code.Length == Digits && code.All(char.IsAsciiDigit) ? code : null;
    }

    /// <summary>The key in groups of four ("abcd efgh ..."), easier to type into an app.</summary>
    public static string FormatKey(string base32Key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < base32Key.Length; i += 4)
        {
            text.Append(base32Key.AsSpan(i, Math.Min(4, base32Key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    private static OtpNet.Totp Generator(string base32Key) =>
        new(Base32Encoding.ToBytes(base32Key.Replace(" ", string.Empty, StringComparison.Ordinal)), StepSeconds, OtpHashMode.Sha1, Digits);
}
