using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using MspCaseManager.Data;
using MspCaseManager.Data.Drafts;
using MspCaseManager.Web.Features.Drafts;

namespace MspCaseManager.Web.Infrastructure.Drafts;

/// <summary>
/// No typing is lost when a sign-in ends while a form is open. A form posted without a valid
/// sign-in is sent to sign in as usual; but when the request still carries the member of staff's
/// own sign-in cookie (expired, or its session ended) and the form's anti-forgery token was issued
/// to them, what they typed is kept as a <see cref="FormDraft"/> and the sign-in returns them to
/// it (<c>/drafts/{id}</c>), where they check it and post it again. Nothing from the form is
/// saved to the case until they do.
/// </summary>
public static class ExpiredSessionDrafts
{
    public const string AntiForgeryField = "__RequestVerificationToken";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The cookie handler's redirect to the sign-in page, keeping a posted form first.</summary>
    public static async Task OnRedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (await KeepAsync(context) is { } draftId)
        {
            var returnUrl = DraftPage(context.HttpContext, draftId);
            context.RedirectUri = $"{context.Options.LoginPath}?{context.Options.ReturnUrlParameter}={Uri.EscapeDataString(returnUrl)}";
        }

        context.Response.Redirect(context.RedirectUri);
    }

    /// <summary>The page that offers a kept draft back (<see cref="DraftsController.Show"/>).</summary>
    private static string DraftPage(HttpContext http, Guid draftId) =>
        http.RequestServices.GetRequiredService<LinkGenerator>().GetPathByAction(nameof(DraftsController.Show), "Drafts", new { id = draftId })!;

    public static IReadOnlyList<KeyValuePair<string, string>> FieldsOf(FormDraft draft) =>
        JsonSerializer.Deserialize<List<KeyValuePair<string, string>>>(draft.Fields, Json) ?? [];

    /// <summary>What a posted form holds, field by field, without its anti-forgery token.</summary>
    public static List<KeyValuePair<string, string>> FieldsFrom(IFormCollection form) =>
        form.Where(f => f.Key != AntiForgeryField)
            .SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? string.Empty)))
            .ToList();

    /// <summary>The fields as a draft stores them.</summary>
    public static string Serialize(IEnumerable<KeyValuePair<string, string>> fields) => JsonSerializer.Serialize(fields, Json);

    private static async Task<Guid?> KeepAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        var http = context.HttpContext;
        var request = http.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType
            || request.Path.Value is not { Length: <= FormDraft.PathMaxLength - 100 } path)
        {
            return null;
        }

        if (ExpiredSignIn(context) is not { } principal || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return null;
        }

        var form = await request.ReadFormAsync(http.RequestAborted);
        if (!await IssuedTo(http, principal))
        {
            return null;
        }

        var fields = FieldsFrom(form);
        if (fields.Count == 0)
        {
            // Nothing typed (a keep-alive or sign-out): nothing to keep.
            return null;
        }

        var services = http.RequestServices;
        var draft = new FormDraft(
            Guid.NewGuid(),
            userId,
            path + request.QueryString,
            Serialize(fields),
            services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var db = services.GetRequiredService<MspDbContext>();
        db.FormDrafts.Add(draft);
        await db.SaveChangesAsync(http.RequestAborted);
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ExpiredSessionDrafts))
            .LogInformation("Kept a form posted after the sign-in ended, as draft {DraftId} for user {UserId}", draft.Id, userId);
        return draft.Id;
    }

    /// <summary>Whose sign-in cookie this is, read even though it has expired or its session has ended.</summary>
    private static ClaimsPrincipal? ExpiredSignIn(RedirectContext<CookieAuthenticationOptions> context)
    {
        var options = context.Options;
        var cookie = options.CookieManager.GetRequestCookie(context.HttpContext, options.Cookie.Name!);
        return string.IsNullOrEmpty(cookie) ? null : options.TicketDataFormat.Unprotect(cookie)?.Principal;
    }

    /// <summary>True when the form's anti-forgery token was issued to <paramref name="principal"/>.</summary>
    private static async Task<bool> IssuedTo(HttpContext http, ClaimsPrincipal principal)
    {
        var signedOut = http.User;
        http.User = principal;
        try
        {
            return await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http);
        }
        finally
        {
            http.User = signedOut;
        }
    }
}
