using MspCaseManager.Domain.Teams;

namespace MspCaseManager.Domain.Tests.Teams;

public class TeamTests
{
    [Fact]
    public void Constructor_NameWithSpaces_TrimsName()
    {
        var team = new Team("  North Locality Team  ");

        Assert.Equal("North Locality Team", team.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Rename_BlankName_IsRefusedAgainstNameField(string name)
    {
        var team = new Team("North");

        var error = Assert.Throws<DomainRuleException>(() => team.Rename(name));

        Assert.Equal("Enter the team name", error.Message);
        Assert.Equal(nameof(Team.Name), error.Field);
        Assert.Equal("North", team.Name);
    }

    [Fact]
    public void Rename_TooLong_IsRefused()
    {
        var team = new Team("North");

        Assert.Throws<DomainRuleException>(() => team.Rename(new string('x', Team.NameMaxLength + 1)));
    }
}
