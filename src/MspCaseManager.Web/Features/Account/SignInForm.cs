using FluentValidation;

namespace MspCaseManager.Web.Features.Account;

public sealed class SignInForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class SignInFormValidator : AbstractValidator<SignInForm>
{
    public SignInFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter your email address");
        RuleFor(f => f.Password).NotEmpty().WithMessage("Enter your password");
    }
}
