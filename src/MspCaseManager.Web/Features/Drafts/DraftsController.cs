using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data;
using MspCaseManager.Data.Drafts;
using MspCaseManager.Web.Infrastructure;
using MspCaseManager.Web.Features.Shared;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Web.Infrastructure.Drafts;
using MspCaseManager.Web.Infrastructure.Submissions;

namespace MspCaseManager.Web.Features.Drafts;

/// <summary>
/// A form that was posted after its sender's sign-in had ended (<see cref="ExpiredSessionDrafts"/>),
/// offered back to the same person: they see what they typed and either send it again to the form
/// it came from, where it is checked and saved as any other post, or discard it.
/// Anyone else, and a draft already sent or discarded, gets 404.
/// </summary>
[Route("/drafts/{id:guid}")]
public sealed partial class DraftsController(MspDbContext db, TimeProvider clock) : Controller
{
    public sealed record Field(string Name, string Value);

    public sealed record DraftPage(Guid Id, DateTime SavedAtUtc, IReadOnlyList<Field> Fields, IReadOnlyList<Field> Shown);

    [HttpGet("")]
    public async Task<IActionResult> Show(Guid id)
    {
        if (await OpenDraftAsync(id) is not { } draft)
        {
            return NotFound();
        }

        var fields = ExpiredSessionDrafts.FieldsOf(draft).Select(f => new Field(f.Key, f.Value)).ToList();
        return View(new DraftPage(draft.Id, draft.SavedAtUtc, fields, Shown(fields)));
    }

    /// <summary>
    /// Sends the draft to the form it came from: a 307 makes the browser post the same fields
    /// (with this page's anti-forgery token) to that address, where they are checked and saved.
    /// </summary>
    [HttpPost("resume")]
    [PassesTheFormOn]
    public async Task<IActionResult> Resume(Guid id)
    {
        if (await OpenDraftAsync(id) is not { } draft)
        {
            return NotFound();
        }

        draft.Close(resumed: true, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        return new RedirectResult(draft.Path, permanent: false, preserveMethod: true);
    }

    [HttpPost("discard")]
    public async Task<IActionResult> Discard(Guid id)
    {
        if (await OpenDraftAsync(id) is not { } draft)
        {
            return NotFound();
        }

        draft.Close(resumed: false, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        TempData["Success"] = "What you typed before you were signed out has been discarded";
        return Redirect(Url.ToStartPage());
    }

    private Task<FormDraft?> OpenDraftAsync(Guid id)
    {
        var userId = User.UserId();
        return db.FormDrafts.SingleOrDefaultAsync(d => d.Id == id && d.UserId == userId && d.ClosedAtUtc == null);
    }

    /// <summary>
    /// What the user typed, as they would say it: a date's day, month and year as one date, a choice
    /// by its label rather than its code, yes and no in words; the form's own bookkeeping left out.
    /// </summary>
    private static List<Field> Shown(IReadOnlyList<Field> fields)
    {
        var shown = new List<Field>();
        var dates = new HashSet<string>();
        foreach (var field in fields.Where(f => f.Value.Length > 0 && !IsBookkeeping(f.Name)))
        {
            if (DatePart().Match(field.Name) is { Success: true } part)
            {
                var prefix = part.Groups["prefix"].Value;
                if (dates.Add(prefix))
                {
                    string? PartOf(string name) => fields.FirstOrDefault(f => f.Name == $"{prefix}.{name}")?.Value;
                    var typed = new DateInput { Day = PartOf("Day"), Month = PartOf("Month"), Year = PartOf("Year") };
                    shown.Add(new Field(Label(prefix), typed.ToDate()?.ToGovUk() ?? $"{typed.Day} / {typed.Month} / {typed.Year}"));
                }

                continue;
            }

            shown.Add(new Field(Label(field.Name), ValueInWords(field.Value)));
        }

        return shown;
    }

    /// <summary>A choice's code (an enum member's name) as its label, where only one label has that code; true and false as Yes and No.</summary>
    private static string ValueInWords(string value) => value switch
    {
        "true" or "True" => "Yes",
        "false" or "False" => "No",
        _ when ChoiceLabels.Value.TryGetValue(value, out var label) => label,
        _ => value,
    };

    private static readonly Lazy<Dictionary<string, string>> ChoiceLabels = new(() =>
        typeof(Domain.Common.LabelAttribute).Assembly.GetTypes()
            .Where(t => t.IsEnum)
            .SelectMany(t => Enum.GetValues(t).Cast<Enum>())
            .GroupBy(v => v.ToString(), StringComparer.Ordinal)
            .Select(g => (Code: g.Key, Labels: g.Select(Domain.Common.Labels.Of).Distinct().ToList()))
            .Where(c => c.Labels.Count == 1 && c.Labels[0] != c.Code)
            .ToDictionary(c => c.Code, c => c.Labels[0], StringComparer.Ordinal));

    [GeneratedRegex(@"^(?<prefix>.+)\.(Day|Month|Year)$")]
    private static partial Regex DatePart();

    /// <summary>Fields the form carries for itself (record versions, keys), not things the user typed.</summary>
    private static bool IsBookkeeping(string name) =>
        name.EndsWith("Version", StringComparison.Ordinal) || name.EndsWith("Key", StringComparison.Ordinal) || name.EndsWith("Id", StringComparison.Ordinal);

    /// <summary>"Form.HeldOn.Day" → "Held on day": the field's name as words, for the check page.</summary>
    private static string Label(string name)
    {
        var parts = name.Split('.').Where(p => p != "Form").Select(p => Words().Replace(p.Replace("[", " ").Replace("]", string.Empty), " $1").Trim());
        var text = string.Join(' ', parts).ToLowerInvariant();
        return text.Length == 0 ? name : char.ToUpperInvariant(text[0]) + text[1..];
    }

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex Words();
}
