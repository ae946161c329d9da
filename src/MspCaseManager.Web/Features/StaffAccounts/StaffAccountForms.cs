using FluentValidation;
using MspCaseManager.Data.Identity;
using MspCaseManager.Domain.Staff;

namespace MspCaseManager.Web.Features.StaffAccounts;

public sealed class CreateStaffAccountForm
{
    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    public string? Role { get; set; }

    public int? TeamId { get; set; }

    public string? Password { get; set; }
}

public sealed class CreateStaffAccountFormValidator : AbstractValidator<CreateStaffAccountForm>
{
    public CreateStaffAccountFormValidator()
    {
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage("Enter the person’s full name")
            .MaximumLength(StaffAccount.DisplayNameMaxLength).WithMessage($"Full name must be {StaffAccount.DisplayNameMaxLength} characters or fewer");
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter an email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org")
            .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer");
        RuleFor(f => f.Role).NotEmpty().WithMessage("Select a role")
            .Must(r => r is null || Roles.All.Contains(r)).WithMessage("Select a role");
        RuleFor(f => f.TeamId).NotNull().When(f => f.Role is not null && Roles.RequiresTeam(f.Role))
            .WithMessage("Select the team this person works in");
        RuleFor(f => f.Password).NewPassword();
    }
}

public sealed class ResetPasswordForm
{
    public string? Password { get; set; }
}

public sealed class ResetPasswordFormValidator : AbstractValidator<ResetPasswordForm>
{
    public ResetPasswordFormValidator()
    {
        RuleFor(f => f.Password).NewPassword();
    }
}

/// <summary>Length is what makes a password strong: at least 12 characters, no composition rules.</summary>
public static class NewPasswordRule
{
    public const int MinimumLength = 12;

    public static IRuleBuilderOptions<T, string?> NewPassword<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Enter a password")
            .MinimumLength(MinimumLength).WithMessage($"Password must be {MinimumLength} characters or more")
            .MaximumLength(128).WithMessage("Password must be 128 characters or fewer");
}
