using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;
using MspCaseManager.Data.Reliability;

namespace MspCaseManager.Web.Infrastructure.Errors;

/// <summary>
/// A request that failed because the database could not be used is answered 503 with the GOV.UK
/// "Sorry, there is a problem with the service" page, and the SQLite connection pools are cleared
/// so that no connection to a file that has gone is used again: the app recovers without a
/// restart once the database is back.
/// </summary>
public static partial class DatabaseOutage
{
    private const string ItemKey = "msp:database_unavailable";

    /// <summary>The status an unhandled exception is answered with.</summary>
    public static int StatusCodeFor(Exception exception) =>
        MalformedRequestMiddleware.StatusFor(exception)
        ?? (DatabaseFailures.IsUnavailable(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError);

    /// <summary>
    /// Notes that the database failed while the request was being authenticated (the sign-in
    /// cannot be checked): the request is answered 503 once authentication has finished.
    /// </summary>
    public static void Flag(HttpContext context, Exception exception)
    {
        SqliteConnection.ClearAllPools();
        context.Items[ItemKey] = exception.GetType().Name;
    }

    /// <summary>Answers 503 for a request whose authentication met an unavailable database.</summary>
    public static void AnswerFlaggedRequests(IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var reExecuted = context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;
            if (context.Items[ItemKey] is string exceptionType && !reExecuted)
            {
                LogOutage(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseOutage)), exceptionType);
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return Task.CompletedTask;
            }

            return next(context);
        });

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable ({ExceptionType}): answered 503 and cleared the connection pools")]
    internal static partial void LogOutage(ILogger logger, string exceptionType);
}

/// <summary>The exception handler's part of <see cref="DatabaseOutage"/>: clears the pools and logs; the error page does the rest.</summary>
public sealed class DatabaseOutageHandler(ILogger<DatabaseOutageHandler> logger) : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (DatabaseFailures.IsUnavailable(exception))
        {
            SqliteConnection.ClearAllPools();
            DatabaseOutage.LogOutage(logger, exception.GetType().Name);
        }

        // The error page is rendered by the exception handler's path either way.
        return ValueTask.FromResult(false);
    }
}
