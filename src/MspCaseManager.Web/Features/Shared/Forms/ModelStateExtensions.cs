using FluentValidation.AspNetCore;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using MspCaseManager.Domain.Common;

namespace MspCaseManager.Web.Features.Shared.Forms;

public static class ModelStateExtensions
{
    /// <summary>Copies a validator's errors into ModelState, keyed by the form's field names (under <paramref name="prefix"/>).</summary>
    public static void AddValidationErrors(this ModelStateDictionary modelState, ValidationResult result, string? prefix = null) =>
        result.AddToModelState(modelState, prefix);

    /// <summary>Shows a domain rule's refusal against the field it names (or the whole form).</summary>
    public static void AddDomainError(this ModelStateDictionary modelState, DomainRuleException error, string? fieldPrefix = null) =>
        modelState.AddModelError(
            error.Field is null ? string.Empty : (fieldPrefix is null ? error.Field : $"{fieldPrefix}.{error.Field}"),
            error.Message);
}
