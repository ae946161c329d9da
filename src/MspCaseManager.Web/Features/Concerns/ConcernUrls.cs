using Microsoft.AspNetCore.Mvc;

namespace MspCaseManager.Web.Features.Concerns;

/// <summary>Links to a concern from anywhere, generated from the routes.</summary>
public static class ConcernUrls
{
    /// <summary>The concern's page, with its s42 decisions.</summary>
    public static string ToConcern(this IUrlHelper url, int id) =>
        url.Action(nameof(ConcernsController.Show), "Concerns", new { id })!;
}
