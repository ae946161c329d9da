using FluentValidation.AspNetCore;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MspCaseManager.Web.Features.Shared.Forms;

public static class ModelStateExtensions
{
    /// <summary>Copies a validator's errors into ModelState, keyed by the form's field names (under <paramref name="prefix"/>).</summary>
    public static void AddValidationErrors(this ModelStateDictionary modelState, ValidationResult result, string? prefix = null) =>
        result.AddToModelState(modelState, prefix);

    /// <summary>
    /// Shows every refusal of a domain rule against the field it names (or the whole form). A field
    /// that already has an error (a date that is not a real date, say) keeps that one: it is what
    /// the user must put right first.
    /// </summary>
    public static void AddDomainErrors(this ModelStateDictionary modelState, DomainRuleException error, string? fieldPrefix = null)
    {
        foreach (var violation in error.Violations)
        {
            var key = violation.Field is null ? string.Empty : (fieldPrefix is null ? violation.Field : $"{fieldPrefix}.{violation.Field}");
            var existing = modelState.TryGetValue(key, out var entry) ? entry.Errors : null;
            if (key.Length > 0 && existing is { Count: > 0 })
            {
                continue;
            }

            if (existing is null || existing.All(e => e.ErrorMessage != violation.Message))
            {
                modelState.AddModelError(key, violation.Message);
            }
        }
    }
}
