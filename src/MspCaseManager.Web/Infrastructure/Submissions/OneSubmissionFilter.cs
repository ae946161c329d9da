using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Data.Submissions;

namespace MspCaseManager.Web.Infrastructure.Submissions;

/// <summary>
/// A form sent twice makes its change once. Every form carries a new <see cref="SubmissionKeys.FieldName"/>
/// each time it is shown. When it is posted, the key is added to the request's
/// <see cref="MspDbContext"/> before the action runs, so the action's own save stores it in the
/// same transaction as the change. A second sending with the same key — after the first, or at the
/// same moment (the key's primary key refuses it, or the record's version has moved on) — changes
/// nothing and goes where the first sending went.
/// </summary>
public sealed class OneSubmissionFilter(MspDbContext db, TimeProvider clock, ITempDataDictionaryFactory tempData, IUrlHelperFactory urls) : IAsyncActionFilter
{
    public const string AlreadySavedMessage = "This form was sent more than once. It was saved once";

    private static readonly TimeSpan WaitForFirst = TimeSpan.FromSeconds(5);

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (context.ActionDescriptor.EndpointMetadata.OfType<PassesTheFormOnAttribute>().Any() || await KeyOfAsync(http) is not { } key)
        {
            await next();
            return;
        }

        if (await FindAsync(key) is not null)
        {
            // The first sending's change is saved; where it led is written just after, so wait for that.
            context.Result = Duplicate(http, (await WaitForFirstAsync(key))!);
            return;
        }

        var submission = new FormSubmission(key, http.User.UserId(), clock.GetUtcNow().UtcDateTime);
        db.FormSubmissions.Add(submission);
        var executed = await next();
        var entry = db.Entry(submission);
        if (entry.State == EntityState.Added)
        {
            // The action saved nothing (the form came back with errors, or the save failed): the key
            // is unused, unless another sending of the same form saved it meanwhile.
            entry.State = EntityState.Detached;
            if (LocationOf(executed) is null && await WaitForFirstAsync(key) is { } first)
            {
                executed.Exception = null;
                executed.ExceptionHandled = true;
                executed.Result = Duplicate(http, first);
            }

            return;
        }

        if (executed.Exception is null && LocationOf(executed) is { } location)
        {
            submission.LedTo(location);
            await db.SaveChangesAsync();
        }
    }

    /// <summary>Where the action's redirect leads, or null when it did not redirect (a page, an error).</summary>
    private string? LocationOf(ActionExecutedContext executed) => executed.Exception is null || executed.ExceptionHandled
        ? executed.Result switch
        {
            RedirectResult redirect => redirect.Url,
            LocalRedirectResult local => local.Url,
            RedirectToActionResult action => urls.GetUrlHelper(executed).Action(action.ActionName, action.ControllerName, action.RouteValues),
            RedirectToRouteResult route => urls.GetUrlHelper(executed).RouteUrl(route.RouteName, route.RouteValues),
            _ => null,
        }
        : null;

    /// <summary>
    /// The submission key of a signed-in user's form post; null for anything else, including an error
    /// page shown for a request that failed and a body that cannot be read as a form (which the
    /// rest of the pipeline answers with 400 or 413).
    /// </summary>
    private static async Task<Guid?> KeyOfAsync(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType || http.User.Identity?.IsAuthenticated != true
            || http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerPathFeature>() is not null)
        {
            return null;
        }

        try
        {
            return SubmissionKeys.From(await request.ReadFormAsync(http.RequestAborted));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return null;
        }
    }

    private Task<FormSubmission?> FindAsync(Guid key) =>
        db.FormSubmissions.AsNoTracking().SingleOrDefaultAsync(s => s.Key == key);

    /// <summary>The first sending's key, once its change is saved and where it led is known (or after a few seconds, without it).</summary>
    private async Task<FormSubmission?> WaitForFirstAsync(Guid key)
    {
        // Real elapsed time, not the app's clock: this waits for another request to finish.
        var until = DateTime.UtcNow + WaitForFirst;
        var found = await FindAsync(key);
        while (found is { ResultLocation: null } && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
            found = await FindAsync(key);
        }

        return found;
    }

    private IActionResult Duplicate(HttpContext http, FormSubmission first)
    {
        tempData.GetTempData(http)["Success"] = AlreadySavedMessage;
        return new RedirectResult(first.ResultLocation ?? "/");
    }
}

/// <summary>
/// An action that only passes a form's fields on to the form they came from (a kept draft sent
/// again) or keeps them for it (a form saved part-way): the submission key is left for that form to use.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PassesTheFormOnAttribute : Attribute;
