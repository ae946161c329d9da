using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Domain.Staff;

namespace MspCaseManager.Data.Configurations;

/// <summary>The four roles are reference data, created by the migrations with fixed ids.</summary>
internal sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole>
{
    public void Configure(EntityTypeBuilder<IdentityRole> builder) =>
        builder.HasData(Roles.All.Select(role => new IdentityRole
        {
            Id = $"role-{role.ToLowerInvariant()}",
            Name = role,
            NormalizedName = role.ToUpperInvariant(),
            ConcurrencyStamp = $"role-{role.ToLowerInvariant()}",
        }));
}
