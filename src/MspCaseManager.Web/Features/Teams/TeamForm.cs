using FluentValidation;
using MspCaseManager.Domain.Teams;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Features.Teams;

public sealed class TeamForm : IVersionedForm
{
    public string? Name { get; set; }

    public int Version { get; set; }
}

public sealed class TeamFormValidator : AbstractValidator<TeamForm>
{
    public TeamFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the team name")
            .MaximumLength(Team.NameMaxLength).WithMessage($"Team name must be {Team.NameMaxLength} characters or fewer");
    }
}
