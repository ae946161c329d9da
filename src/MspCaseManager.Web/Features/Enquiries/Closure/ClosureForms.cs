using FluentValidation;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Enquiries.Closure;

/// <summary>The worker's request to close, with the closing summary. Names match <see cref="ClosureRequest"/>'s.</summary>
public sealed class ClosureRequestForm : IVersionedForm
{
    public string? Summary { get; set; }

    public int Version { get; set; }
}

/// <summary>A team manager's decision on a closure request: authorise, or return with comments.</summary>
public sealed class ClosureReviewForm : IVersionedForm
{
    public const string Authorise = "authorise";
    public const string Return = "return";

    public string? Outcome { get; set; }

    public string? ManagerComments { get; set; }

    public int Version { get; set; }
}

public sealed class ClosureReviewFormValidator : AbstractValidator<ClosureReviewForm>
{
    public ClosureReviewFormValidator() =>
        RuleFor(f => f.Outcome).Must(o => o is ClosureReviewForm.Authorise or ClosureReviewForm.Return)
            .WithMessage("Select whether you authorise closure or return the request");
}

/// <summary>A team manager reopening a closed enquiry. Names match <see cref="Reopening"/>'s.</summary>
public sealed class ReopenForm : IVersionedForm
{
    public string? Reason { get; set; }

    public int Version { get; set; }
}
