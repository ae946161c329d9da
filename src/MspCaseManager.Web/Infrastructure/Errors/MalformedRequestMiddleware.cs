using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace MspCaseManager.Web.Infrastructure.Errors;

/// <summary>
/// A request whose body cannot be read as sent — larger than the limits, more fields than allowed,
/// a field name too long, a multipart body cut short — is the sender's error: 413 or 400 with the
/// GOV.UK error page (rendered by the status code pages), never a 500.
/// </summary>
public sealed partial class MalformedRequestMiddleware(
    RequestDelegate next, IOptions<KestrelServerOptions> kestrel, ILogger<MalformedRequestMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // A body declared larger than the limit is refused before anything (anti-forgery, model
        // binding) starts to read it and turns the limit into a less precise 400.
        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? kestrel.Value.Limits.MaxRequestBodySize;
        if (context.Request.ContentLength > limit && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            LogMalformed(logger, StatusCodes.Status413PayloadTooLarge, "Content-Length");
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception e) when (StatusFor(e) is { } status && !context.Response.HasStarted)
        {
            LogMalformed(logger, status, e.GetType().Name);
            context.Response.Clear();
            context.Response.StatusCode = status;
        }
    }

    /// <summary>The 4xx status for an exception caused by the request body, or null.</summary>
    public static int? StatusFor(Exception exception) => exception switch
    {
        Microsoft.AspNetCore.Http.BadHttpRequestException badRequest => badRequest.StatusCode,
        InvalidDataException => StatusCodes.Status400BadRequest,
        ValueProviderException { InnerException: { } inner } => StatusFor(inner) ?? StatusCodes.Status400BadRequest,
        ValueProviderException => StatusCodes.Status400BadRequest,
        IOException { InnerException: { } inner } => StatusFor(inner),
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Malformed request answered {StatusCode} ({ExceptionType})")]
    private static partial void LogMalformed(ILogger logger, int statusCode, string exceptionType);
}

public static class MalformedRequestExtensions
{
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) =>
        app.UseMiddleware<MalformedRequestMiddleware>();
}
