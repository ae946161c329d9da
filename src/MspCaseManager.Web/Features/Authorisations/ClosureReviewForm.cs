using FluentValidation;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Authorisations;

/// <summary>A manager's decision on a closure request: authorise, or return with comments (the enquiry asks for them).</summary>
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
