using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using MspCaseManager.Data.Reliability;

namespace MspCaseManager.Web.Infrastructure.Errors;

/// <summary>
/// Failures every action can meet, answered the same way everywhere:
/// <list type="bullet">
/// <item>a record that is not there (<see cref="KeyNotFoundException"/>, for example a child id
/// that is not on the enquiry in the address) is 404, like any other missing record;</item>
/// <item>a unique key that refused a save (two people adding the same thing at the same moment)
/// is 409 with a GOV.UK page saying nothing was saved twice, not a 500.</item>
/// </list>
/// </summary>
public sealed partial class KnownFailuresFilter(ILogger<KnownFailuresFilter> logger) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (context.ExceptionHandled)
        {
            return;
        }

        if (context.Exception is KeyNotFoundException)
        {
            LogNotFound(logger, context.ActionDescriptor.DisplayName);
            context.Result = new NotFoundResult();
            context.ExceptionHandled = true;
        }
        else if (DatabaseFailures.IsUniqueViolation(context.Exception))
        {
            LogDuplicate(logger, context.ActionDescriptor.DisplayName);
            context.Result = new ViewResult { ViewName = "/Features/Errors/Conflict.cshtml", StatusCode = StatusCodes.Status409Conflict };
            context.ExceptionHandled = true;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Record not found in {Action}: answered 404")]
    private static partial void LogNotFound(ILogger logger, string? action);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A unique key refused a save in {Action}: answered 409")]
    private static partial void LogDuplicate(ILogger logger, string? action);
}
