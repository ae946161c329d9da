using Serilog.Core;
using Serilog.Events;

namespace MspCaseManager.Web.Infrastructure;

/// <summary>
/// ASP.NET Core puts the request path into every log event's scope. Paths carry record ids and
/// could carry anything a user typed, so they are dropped: the request line logs the route
/// template instead.
/// </summary>
public sealed class RequestPathRedactor : ILogEventEnricher
{
    private static readonly string[] Removed = ["RequestPath", "Path", "QueryString"];

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var name in Removed)
        {
            logEvent.RemovePropertyIfPresent(name);
        }
    }
}
