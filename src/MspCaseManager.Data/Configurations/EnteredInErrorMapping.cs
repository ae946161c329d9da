using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Domain.Common;

namespace MspCaseManager.Data.Configurations;

/// <summary>The columns of a record that can be marked entered in error (<see cref="CountedRecord"/>).</summary>
internal static class EnteredInErrorMapping
{
    public static EntityTypeBuilder<TEntity> MayBeEnteredInError<TEntity>(this EntityTypeBuilder<TEntity> builder)
        where TEntity : CountedRecord
    {
        builder.Property(r => r.EnteredInErrorReason).HasMaxLength(EnteredInError.ReasonMaxLength);
        builder.ReferencesStaff(r => r.EnteredInErrorByUserId);
        builder.Ignore(r => r.IsEnteredInError);
        return builder;
    }
}
