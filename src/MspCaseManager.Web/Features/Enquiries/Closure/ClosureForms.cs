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
