using FluentValidation;

namespace MspCaseManager.Web.Features.Shared.Forms;

/// <summary>GOV.UK-pattern checks shared by validators.</summary>
public static class ValidationRules
{
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
