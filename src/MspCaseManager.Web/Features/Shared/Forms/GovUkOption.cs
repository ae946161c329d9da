
namespace MspCaseManager.Web.Features.Shared.Forms;

/// <summary>One choice in a GOV.UK radios, checkboxes or select.</summary>
public sealed record GovUkOption(string Value, string Text, string? Hint = null)
{
    /// <summary>Every member of an enum, valued by its code and shown by its label.</summary>
    public static IReadOnlyList<GovUkOption> For<TEnum>()
        where TEnum : struct, Enum =>
        Labels.All<TEnum>().Select(x => new GovUkOption(x.Value.ToString(), x.Label)).ToList();

    public static IReadOnlyList<GovUkOption> YesNo { get; } = [new("true", "Yes"), new("false", "No")];
}
