using MspCaseManager.Domain.People;

namespace MspCaseManager.Domain.Tests.People;

public class RestrictionTests
{
    private static readonly DateTime Now = new(2025, 6, 15, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Restrict_ListedReason_RecordsWhoAndWhenWithoutDetails()
    {
        var adult = TestAdults.Create();

        adult.Restrict(RestrictionReason.RelativeOfStaff, "ignored", "manager-1", Now);

        Assert.True(adult.IsRestricted);
        Assert.Equal(RestrictionReason.RelativeOfStaff, adult.RestrictionReason);
        Assert.Null(adult.RestrictionDetails);
        Assert.Equal("manager-1", adult.RestrictedByUserId);
        Assert.Equal(Now, adult.RestrictedAtUtc);
    }

    [Fact]
    public void Restrict_OtherWithoutDetails_IsRefused()
    {
        var adult = TestAdults.Create();

        var error = Assert.Throws<DomainRuleException>(() => adult.Restrict(RestrictionReason.Other, " ", "manager-1", Now));

        Assert.Equal("Enter why the record is restricted", error.Message);
        Assert.Equal(nameof(Adult.RestrictionDetails), error.Field);
        Assert.False(adult.IsRestricted);
    }

    [Fact]
    public void Restrict_AlreadyRestricted_IsRefused()
    {
        var adult = TestAdults.Create();
        adult.Restrict(RestrictionReason.HighProfilePerson, null, "manager-1", Now);

        Assert.Throws<DomainRuleException>(() => adult.Restrict(RestrictionReason.MemberOfStaff, null, "manager-1", Now));
    }

    [Fact]
    public void LiftRestriction_Restricted_ClearsEverything()
    {
        var adult = TestAdults.Create();
        adult.Restrict(RestrictionReason.Other, "Works for the council's press office", "manager-1", Now);

        adult.LiftRestriction();

        Assert.False(adult.IsRestricted);
        Assert.Null(adult.RestrictionDetails);
        Assert.Null(adult.RestrictedByUserId);
        Assert.Null(adult.RestrictedAtUtc);
    }

    [Fact]
    public void LiftRestriction_NotRestricted_IsRefused()
    {
        Assert.Throws<DomainRuleException>(() => TestAdults.Create().LiftRestriction());
    }
}
