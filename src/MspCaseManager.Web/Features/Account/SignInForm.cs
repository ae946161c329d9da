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

/// <summary>The second step of signing in: a code from the authenticator app, or a recovery code.</summary>
public sealed class SignInCodeForm
{
    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class SignInCodeFormValidator : AbstractValidator<SignInCodeForm>
{
    public SignInCodeFormValidator()
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage("Enter the code")
            .MaximumLength(64).WithMessage("Code must be 64 characters or fewer");
    }
}
