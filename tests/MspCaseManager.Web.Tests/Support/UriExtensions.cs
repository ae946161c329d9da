namespace MspCaseManager.Web.Tests.Support;

public static class UriExtensions
{
    /// <summary>The path and query of a redirect, whether the server sent it absolute or relative.</summary>
    public static string PathAndQuery(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
