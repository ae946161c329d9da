using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.Outcomes;

namespace MspCaseManager.Data.Configurations;

/// <summary>
/// Column layouts for value objects used by more than one entity, so each is stored the same
/// way wherever it appears (<c>Prefix_Property</c> columns on the owner's table).
/// </summary>
internal static class ValueObjectMappings
{
    public static void MapRepresentative(this ComplexPropertyBuilder<Representative> builder, string prefix)
    {
        builder.Property(r => r.Role).HasColumnName(prefix + "_Role");
        builder.Property(r => r.Name).HasColumnName(prefix + "_Name").HasMaxLength(Representative.NameMaxLength);
    }

    /// <summary>
    /// Feeling safe is a score or a reason it was not asked; the required <c>WasAsked</c> column
    /// tells a recorded answer from none.
    /// </summary>
    public static void MapFeelingSafe(this ComplexPropertyBuilder<FeelingSafe> builder, string prefix)
    {
        builder.Property(f => f.WasAsked).HasColumnName(prefix + "_WasAsked");
        builder.Property(f => f.Score).HasColumnName(prefix + "_Score");
        builder.Property(f => f.NotAskedReason).HasColumnName(prefix + "_NotAskedReason").HasMaxLength(FeelingSafe.ReasonMaxLength);
    }

    public static void MapAbility(this ComplexPropertyBuilder<AbilityFinding> builder, string prefix)
    {
        builder.Property(a => a.Ability).HasColumnName(prefix + "_Ability");
        builder.Property(a => a.Evidence).HasColumnName(prefix + "_Evidence").HasMaxLength(AbilityFinding.EvidenceMaxLength);
        builder.Ignore(a => a.IsUnable);
    }
}
