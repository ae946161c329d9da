using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MspCaseManager.Web.Tests.Support;

/// <summary>
/// Counts the SQL commands the app sends to the database while it answers one HTTP request, so a
/// test can prove a page's query count does not grow with the data (no N+1). Every
/// <see cref="AppFactory"/> host has one (<see cref="AppFactory.SqlCommands"/>): an EF Core command
/// interceptor on the app's own DbContext (including the audit log's separate contexts) and a
/// middleware that ties each command to the request that caused it. Only requests sent through
/// <see cref="GetAsync"/> are counted, so other tests' requests on the same host never mix in.
/// <code>
/// await factory.SqlCommands.AssertCountDoesNotGrowAsync(client, "/people/42",
///     addMoreData: () => /* 50 more records the page shows */);
/// </code>
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private const string TagHeader = "X-Test-Sql-Count";
    private static readonly object RecordingKey = new();

    private readonly HttpContextAccessor _httpContext = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<IReadOnlyList<string>>> _pending = new();

    /// <summary>
    /// Sends GET <paramref name="url"/> as <paramref name="client"/>'s user and returns the
    /// response's status and body and every SQL command run to answer it, in order.
    /// </summary>
    public async Task<SqlCommandCount> GetAsync(AppClient client, string url)
    {
        var tag = Guid.NewGuid().ToString("N");
        var done = new TaskCompletionSource<IReadOnlyList<string>>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[tag] = done;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add(TagHeader, tag);
            using var response = await client.Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var commands = await done.Task.WaitAsync(TimeSpan.FromSeconds(30));
            return new SqlCommandCount(url, response.StatusCode, commands, body);
        }
        finally
        {
            _pending.TryRemove(tag, out _);
        }
    }

    /// <summary>
    /// Opens <paramref name="url"/> once to warm the host (key ring, caches), counts the commands
    /// of a second visit, runs <paramref name="addMoreData"/>, and asserts a third visit answers
    /// 200 with the same number of commands.
    /// </summary>
    public async Task<SqlCommandCount> AssertCountDoesNotGrowAsync(AppClient client, string url, Func<Task> addMoreData)
    {
        await GetAsync(client, url);
        var before = await GetAsync(client, url);
        await addMoreData();
        var after = await GetAsync(client, url);
        after.AssertSameCountAs(before);
        return after;
    }

    /// <summary>The middleware, first in the app's pipeline, that records the commands of tagged requests.</summary>
    internal IStartupFilter StartupFilter() => new RecordingStartupFilter(this);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Recorded(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Recorded(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Recorded(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Recorded(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Recorded(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Recorded(command, result));

    /// <summary>Notes the command against the request running it, if that request is being counted.</summary>
    private T Recorded<T>(DbCommand command, T result)
    {
        if (_httpContext.HttpContext?.Items[RecordingKey] is List<string> commands)
        {
            lock (commands)
            {
                commands.Add(command.CommandText);
            }
        }

        return result;
    }

    private sealed class RecordingStartupFilter(SqlCommandCounter counter) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (!context.Request.Headers.TryGetValue(TagHeader, out var tag) || !counter._pending.TryGetValue(tag.ToString(), out var done))
                {
                    await nextMiddleware(context);
                    return;
                }

                var commands = new List<string>();
                context.Items[RecordingKey] = commands;
                try
                {
                    await nextMiddleware(context);
                }
                finally
                {
                    context.Items.Remove(RecordingKey);
                    lock (commands)
                    {
                        done.TrySetResult(commands.ToList());
                    }
                }
            });
            next(app);
        };
    }
}

/// <summary>The SQL commands one request ran, with the response's status and body.</summary>
public sealed record SqlCommandCount(string Url, HttpStatusCode StatusCode, IReadOnlyList<string> Commands, string Body)
{
    public int Count => Commands.Count;

    /// <summary>
    /// Passes when both requests answered 200 and ran the same number of commands; otherwise
    /// fails showing both lists of SQL, so the extra query is easy to find.
    /// </summary>
    public void AssertSameCountAs(SqlCommandCount before)
    {
        Assert.True(before.StatusCode == HttpStatusCode.OK, $"GET {before.Url} answered {(int)before.StatusCode}");
        Assert.True(StatusCode == HttpStatusCode.OK, $"GET {Url} answered {(int)StatusCode}");
        Assert.True(
            Count == before.Count,
            $"GET {Url} ran {Count} SQL commands, {before.Count} before the data grew.\n\nBefore:\n{string.Join("\n--\n", before.Commands)}\n\nAfter:\n{string.Join("\n--\n", Commands)}");
    }
}
