using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using MspCaseManager.Domain.Common;

namespace MspCaseManager.Web.Features.Shared.Forms;

public static class ModelStateExtensions
{
    /// <summary>Copies a validator's errors into ModelState, keyed by the form's field names.</summary>
    public static void AddValidationErrors(this ModelStateDictionary modelState, ValidationResult result, string? prefix = null)
    {
        foreach (var failure in result.Errors)
        {
            modelState.AddModelError(prefix is null ? failure.PropertyName : $"{prefix}.{failure.PropertyName}", failure.ErrorMessage);
        }
    }

    /// <summary>Shows a domain rule's refusal against the field it names (or the whole form).</summary>
    public static void AddDomainError(this ModelStateDictionary modelState, DomainRuleException error, string? fieldPrefix = null) =>
        modelState.AddModelError(
            error.Field is null ? string.Empty : (fieldPrefix is null ? error.Field : $"{fieldPrefix}.{error.Field}"),
            error.Message);
}
