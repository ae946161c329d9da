namespace MspCaseManager.Domain.Tests.Common;

public sealed class RuleCheckTests
{
    private enum Colour
    {
        Red,
        Blue,
    }

    private static readonly DateOnly Today = new(2026, 6, 15);

    [Fact]
    public void ThrowIfAny_SeveralFieldsRefused_ReportsEveryOneInOrder()
    {
        var check = new RuleCheck();
        check.Required(null, 100, "Enter the name", "Name", "Name");
        check.Choice<Colour>(null, "Select the colour", "Colour");
        check.PastDate(Today.AddDays(1), Today, "Enter the date", "Date must be today or in the past", "On");

        var error = Assert.Throws<DomainRuleException>(check.ThrowIfAny);

        Assert.Equal(
            [new RuleViolation("Enter the name", "Name"), new RuleViolation("Select the colour", "Colour"), new RuleViolation("Date must be today or in the past", "On")],
            error.Violations);
        Assert.Equal("Enter the name", error.Message);
        Assert.Equal("Name", error.Field);
    }

    [Fact]
    public void ThrowIfAny_NothingRefused_DoesNotThrow()
    {
        var check = new RuleCheck();
        Assert.Equal("Ann", check.Required("  Ann ", 100, "Enter the name", "Name", "Name"));
        Assert.Equal(Colour.Blue, check.Choice<Colour>(Colour.Blue, "Select the colour", "Colour"));
        Assert.Null(check.OptionalChoice<Colour>(null, "Select a colour from the list", "Colour"));
        Assert.Equal(Today, check.PastDate(Today, Today, "Enter the date", "Date must be today or in the past", "On"));

        check.ThrowIfAny();
        Assert.True(check.IsValid);
    }

    [Fact]
    public void Choice_ValueThatIsNotAChoice_IsRefusedAsUnanswered()
    {
        var check = new RuleCheck();

        Assert.Null(check.Choice<Colour>((Colour)7, "Select the colour", "Colour"));
        Assert.Null(check.OptionalChoice<Colour>((Colour)(-1), "Select a colour from the list", "Other"));
        Assert.True(check.HasRefused("Colour"));
        Assert.True(check.HasRefused("Other"));
    }

    [Fact]
    public void Required_TooLong_SaysTheLimit()
    {
        var check = new RuleCheck();

        check.Required(new string('a', 11), 10, "Enter the name", "Name", "Name");

        Assert.Equal("Name must be 10 characters or fewer", Assert.Throws<DomainRuleException>(check.ThrowIfAny).Message);
    }

    [Fact]
    public void Record_CheckThatThrows_KeepsEveryViolationItRaised()
    {
        var check = new RuleCheck();

        var value = check.Record<string>(() => throw new DomainRuleException([new RuleViolation("First", "A"), new RuleViolation("Second", "B")]));

        Assert.Null(value);
        Assert.Equal(2, Assert.Throws<DomainRuleException>(check.ThrowIfAny).Violations.Count);
    }
}
