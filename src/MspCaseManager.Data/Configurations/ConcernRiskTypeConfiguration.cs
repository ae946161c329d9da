using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Domain.Concerns;

namespace MspCaseManager.Data.Configurations;

/// <summary>
/// The set of risk types chosen for a concern. Keyed by (concern, type) so each type is stored
/// once; rows the concern drops when its types are edited are deleted (they are not entities).
/// </summary>
internal sealed class ConcernRiskTypeConfiguration : IEntityTypeConfiguration<ConcernRiskType>
{
    public void Configure(EntityTypeBuilder<ConcernRiskType> builder)
    {
        builder.HasKey(r => new { r.ConcernId, r.RiskType });
        builder.HasIndex(r => r.RiskType);
    }
}
