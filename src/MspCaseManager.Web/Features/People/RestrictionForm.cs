using FluentValidation;
using MspCaseManager.Domain.People;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.People;

public sealed class RestrictionForm : IVersionedForm
{
    public RestrictionReason? RestrictionReason { get; set; }

    public string? RestrictionDetails { get; set; }

    public int Version { get; set; }
}

public sealed class RestrictionFormValidator : AbstractValidator<RestrictionForm>
{
    public RestrictionFormValidator()
    {
        RuleFor(f => f.RestrictionReason).NotNull().WithMessage("Select why the record is restricted");
        RuleFor(f => f.RestrictionDetails).NotEmpty().When(f => f.RestrictionReason == Domain.People.RestrictionReason.Other).WithMessage("Enter why the record is restricted");
        RuleFor(f => f.RestrictionDetails).MaximumLength(Adult.RestrictionDetailsMaxLength)
            .WithMessage($"Reason must be {Adult.RestrictionDetailsMaxLength} characters or fewer");
    }
}
