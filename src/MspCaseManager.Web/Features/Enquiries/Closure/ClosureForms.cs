using FluentValidation;
using MspCaseManager.Domain.Enquiries;

namespace MspCaseManager.Web.Features.Enquiries.Closure;

/// <summary>The worker's request to close, with the closing summary. Names match <see cref="ClosureRequest"/>'s.</summary>
public sealed class ClosureRequestForm
{
    public string? Summary { get; set; }

    public int Version { get; set; }
}

public sealed class ClosureRequestFormValidator : AbstractValidator<ClosureRequestForm>
{
    public ClosureRequestFormValidator() =>
        RuleFor(f => f.Summary).NotEmpty().WithMessage("Enter the closing summary");
}

/// <summary>A team manager's decision on a closure request: authorise, or return with comments.</summary>
public sealed class ClosureReviewForm
{
    public const string Authorise = "authorise";
    public const string Return = "return";

    public string? Outcome { get; set; }

    public string? ManagerComments { get; set; }

    public int Version { get; set; }
}

public sealed class ClosureReviewFormValidator : AbstractValidator<ClosureReviewForm>
{
    public ClosureReviewFormValidator()
    {
        RuleFor(f => f.Outcome).Must(o => o is ClosureReviewForm.Authorise or ClosureReviewForm.Return)
            .WithMessage("Select whether you authorise closure or return the request");
        RuleFor(f => f.ManagerComments).NotEmpty().When(f => f.Outcome == ClosureReviewForm.Return)
            .WithMessage("Enter why you are returning the request");
    }
}

/// <summary>A team manager reopening a closed enquiry. Names match <see cref="Reopening"/>'s.</summary>
public sealed class ReopenForm
{
    public string? Reason { get; set; }

    public int Version { get; set; }
}

public sealed class ReopenFormValidator : AbstractValidator<ReopenForm>
{
    public ReopenFormValidator() =>
        RuleFor(f => f.Reason).NotEmpty().WithMessage("Enter why the enquiry is being reopened");
}
