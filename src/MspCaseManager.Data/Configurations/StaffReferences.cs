using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Identity;

namespace MspCaseManager.Data.Configurations;

/// <summary>The member of staff who recorded, reviewed or wrote something: a user that is never removed.</summary>
internal static class StaffReferences
{
    public static EntityTypeBuilder<TEntity> ReferencesStaff<TEntity>(
        this EntityTypeBuilder<TEntity> builder, Expression<Func<TEntity, object?>> userId)
        where TEntity : class
    {
        builder.HasOne<StaffAccount>().WithMany().HasForeignKey(userId).OnDelete(DeleteBehavior.Restrict);
        return builder;
    }
}
