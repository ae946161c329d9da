using Microsoft.AspNetCore.Mvc;

namespace MspCaseManager.Web.Features.People;

/// <summary>Links to a person's page from anywhere, generated from the routes.</summary>
public static class PersonUrls
{
    /// <summary>The person page.</summary>
    public static string ToPerson(this IUrlHelper url, int id) =>
        url.Action(nameof(PeopleController.Show), "People", new { id })!;
}
