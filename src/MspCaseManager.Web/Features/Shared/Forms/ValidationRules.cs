using FluentValidation;

namespace MspCaseManager.Web.Features.Shared.Forms;

/// <summary>
/// What only the web knows: whether what was typed can be read as a value at all. Whether an
/// answer is required, and what it may be, is the domain's rule (and its message).
/// </summary>
public static class ValidationRules
{
    /// <summary>
    /// Something was typed in a GOV.UK date input but it is not a real date ("31 2 2024", "a b c",
    /// a two-digit year): "<paramref name="subject"/> must be a real date". An empty date is left to
    /// the domain, which says whether it is required.
    /// </summary>
    public static IRuleBuilderOptionsConditions<T, DateInput> RealDate<T>(this IRuleBuilder<T, DateInput> rule, string subject) =>
        rule.Custom((input, context) =>
        {
            if (input is { IsEmpty: false } && input.ToDate() is null)
            {
                context.AddFailure($"{subject} must be a real date");
            }
        });

    /// <summary>
    /// A whole number typed in a text box, when something was typed: "<paramref name="message"/>"
    /// otherwise. The range is the domain's rule.
    /// </summary>
    public static IRuleBuilderOptionsConditions<T, string?> WholeNumber<T>(this IRuleBuilder<T, string?> rule, string message) =>
        rule.Custom((input, context) =>
        {
            if (!string.IsNullOrWhiteSpace(input)
                && !int.TryParse(input.Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                context.AddFailure(message);
            }
        });

    /// <summary>
    /// A date typed in a GOV.UK date input. With <paramref name="what"/> = "the date the concern
    /// was received": "Enter the date the concern was received" when empty (and required),
    /// "Date the concern was received must be a real date", and, unless
    /// <paramref name="allowFuture"/>, "Date the concern was received must be today or in the past".
    /// </summary>
    public static IRuleBuilderOptionsConditions<T, DateInput> ValidDate<T>(
        this IRuleBuilder<T, DateInput> rule, string what, Func<DateOnly> today, bool allowFuture = false, bool required = true) =>
        rule.Custom((input, context) =>
        {
            if (input is null || input.IsEmpty)
            {
                if (required)
                {
                    context.AddFailure($"Enter {what}");
                }

                return;
            }

            var subject = what.StartsWith("the ", StringComparison.Ordinal) ? what[4..] : what;
            subject = char.ToUpperInvariant(subject[0]) + subject[1..];
            if (input.ToDate() is not { } date)
            {
                context.AddFailure($"{subject} must be a real date");
            }
            else if (!allowFuture && date > today())
            {
                context.AddFailure($"{subject} must be today or in the past");
            }
        });
}
