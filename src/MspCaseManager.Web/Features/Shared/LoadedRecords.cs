using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace MspCaseManager.Web.Features.Shared;

/// <summary>The case record a page is about, loaded before the action by its <c>Load…</c> attribute.</summary>
public sealed record LoadedRecord<T>(T Record)
    where T : class;

public static class LoadedRecords
{
    /// <summary>The record the action's <c>Load…</c> attribute loaded for this request.</summary>
    public static T Loaded<T>(this HttpContext context)
        where T : class =>
        context.Features.Get<LoadedRecord<T>>()?.Record
            ?? throw new InvalidOperationException($"No {typeof(T).Name} was loaded for this request: the action needs its Load attribute.");
}

/// <summary>
/// Loads the case record named by the route's <c>{id}</c> within the user's scope before the
/// action runs, and refuses once for every action that uses it: 404 when the user cannot see the
/// record (nothing confirms it exists), 403 when they can see it but the page needs more than
/// reading it. The action reads it with <see cref="LoadedRecords.Loaded{T}"/>.
/// </summary>
internal sealed class LoadRecordFilter<T>(
    RecordAccess access, Func<ClaimsPrincipal, int, Task<T?>> load, Func<ClaimsPrincipal, int, Task<bool>> isVisible) : IAsyncActionFilter
    where T : class
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (!int.TryParse(context.RouteData.Values["id"]?.ToString(), out var id))
        {
            context.Result = new NotFoundResult();
            return;
        }

        var user = context.HttpContext.User;
        if (await load(user, id) is not { } record)
        {
            context.Result = access != RecordAccess.Read && await isVisible(user, id) ? new ForbidResult() : new NotFoundResult();
            return;
        }

        context.HttpContext.Features.Set(new LoadedRecord<T>(record));
        await next();
    }
}
