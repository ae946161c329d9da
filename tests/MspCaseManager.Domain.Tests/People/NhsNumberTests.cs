using MspCaseManager.Domain.People;

namespace MspCaseManager.Domain.Tests.People;

public class NhsNumberTests
{
    [Theory]
    [InlineData("9434765919")]
    [InlineData("943 476 5919")]
    [InlineData("943-476-5919")]
    [InlineData(" 943 476 5919 ")]
    public void TryParse_ValidNumberWithOrWithoutSeparators_StoresTenDigits(string input)
    {
        var parsed = NhsNumber.TryParse(input, out var nhsNumber);

        Assert.True(parsed);
        Assert.Equal("9434765919", nhsNumber!.Value);
    }

    [Fact]
    public void TryParse_RemainderZero_CheckDigitIsZero()
    {
        Assert.True(NhsNumber.IsValid("1677604360"));
    }

    [Theory]
    [InlineData("9434765918")] // wrong check digit
    [InlineData("4857773456")] // the GOV.UK/NHS design example: fails the check
    [InlineData("9614255480")] // check would be 10: never valid
    [InlineData("9614255489")]
    [InlineData("943476591")] // 9 digits
    [InlineData("94347659190")] // 11 digits
    [InlineData("94347659A9")]
    [InlineData("943.476.5919")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void IsValid_InvalidInput_IsFalse(string? input)
    {
        Assert.False(NhsNumber.IsValid(input));
        Assert.False(NhsNumber.TryParse(input, out var nhsNumber));
        Assert.Null(nhsNumber);
    }

    [Fact]
    public void ToString_ValidNumber_GroupsThreeThreeFour()
    {
        var nhsNumber = NhsNumber.Parse("9434765919");

        Assert.Equal("943 476 5919", nhsNumber.ToString());
    }

    [Fact]
    public void Equals_SameDigitsTypedDifferently_AreEqual()
    {
        Assert.Equal(NhsNumber.Parse("943 476 5919"), NhsNumber.Parse("9434765919"));
    }

    [Fact]
    public void Parse_InvalidNumber_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => NhsNumber.Parse("9434765918"));
    }
}
