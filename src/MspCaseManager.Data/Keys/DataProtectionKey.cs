namespace MspCaseManager.Data.Keys;

/// <summary>
/// One ASP.NET Core data-protection key, as the XML the key manager writes. Kept in the database so
/// that every instance of the app shares one key ring (sign-in cookies and anti-forgery tokens
/// made by one instance are accepted by the others) and keys survive redeployment.
/// </summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public string? Xml { get; set; }
}
