using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Plans;

namespace MspCaseManager.Data.Configurations;

internal sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> builder)
    {
        builder.ToTable("PlanActions");
        builder.MayBeEnteredInError();
        builder.IsPartOfAggregate();
        builder.Property(a => a.What).HasMaxLength(PlanAction.WhatMaxLength).IsRequired();
        builder.Property(a => a.Who).HasMaxLength(PlanAction.WhoMaxLength).IsRequired();
        builder.Property(a => a.CancelledReason).HasMaxLength(PlanAction.ReasonMaxLength);
        builder.Ignore(a => a.IsClosed);
        builder.HasIndex(a => new { a.EnquiryId, a.Status, a.DueOn });
    }
}
