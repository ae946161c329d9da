using System.Linq.Expressions;

namespace MspCaseManager.Domain.Tests.Common;

public sealed class SpecificationsTests
{
    private sealed record Thing(int Size, string Colour, IReadOnlyList<Thing> Parts);

    private enum Band
    {
        Small,
        Large,
    }

    private static readonly Specification<Thing> IsLarge = new(t => t.Size > 10);
    private static readonly Specification<Thing> IsRed = new(t => t.Colour == "red");
    private static readonly Classification<Thing, Band> BandOf = new(t => t.Size > 10 ? Band.Large : Band.Small);

    private static readonly Thing[] Things =
    [
        new(1, "red", []), new(20, "red", []), new(20, "blue", [new(30, "red", [])]), new(5, "blue", [new(1, "blue", [])]),
    ];

    [Fact]
    public void Inline_CallToASpecification_IsReplacedByItsExpression()
    {
        var inlined = Specifications.Inline<Func<Thing, bool>>(t => IsLarge.IsSatisfiedBy(t) && !IsRed.IsSatisfiedBy(t));

        Assert.DoesNotContain(nameof(Specification<Thing>.IsSatisfiedBy), inlined.ToString(), StringComparison.Ordinal);
        Assert.Equal([Things[2]], Things.AsQueryable().Where(inlined));
    }

    [Fact]
    public void Inline_SpecificationInsideANestedLambda_IsReplacedWithItsParameter()
    {
        var anyLargePart = Specifications.Inline<Func<Thing, bool>>(t => t.Parts.Any(p => IsLarge.IsSatisfiedBy(p)));

        Assert.Equal([Things[2]], Things.AsQueryable().Where(anyLargePart));
    }

    [Fact]
    public void Inline_ClassificationAndCapturedSpecification_AreReplaced()
    {
        var red = IsRed;
        var query = Things.AsQueryable().Select(t => new { t.Size, Band = BandOf.ValueOf(t), Red = red.IsSatisfiedBy(t) }).InlineRules();

        Assert.DoesNotContain(nameof(Classification<Thing, Band>.ValueOf), query.Expression.ToString(), StringComparison.Ordinal);
        Assert.Equal([(Band.Small, true), (Band.Large, true), (Band.Large, false), (Band.Small, false)], query.AsEnumerable().Select(x => (x.Band, x.Red)));
    }

    [Fact]
    public void AnyAndAll_CombineRulesInMemoryAndAsOneExpression()
    {
        var either = Specifications.Any([IsLarge, IsRed]);
        var both = Specifications.All([IsLarge, IsRed]);

        Assert.Equal([true, true, true, false], Things.Select(either.IsSatisfiedBy));
        Assert.Equal([false, true, false, false], Things.Select(both.IsSatisfiedBy));
        Assert.Equal(3, Things.AsQueryable().Count(either.Expression));
        Assert.Single(either.Expression.Parameters);
    }

    [Fact]
    public void AnyAndAll_NoRules_AreNeverAndAlways()
    {
        Assert.False(Specifications.Any<Thing>([]).IsSatisfiedBy(Things[0]));
        Assert.True(Specifications.All<Thing>([]).IsSatisfiedBy(Things[0]));
    }

    [Fact]
    public void Not_Negates()
    {
        Assert.Equal([true, false, false, true], Things.Select(Specifications.Not(IsLarge).IsSatisfiedBy));
    }

    [Fact]
    public void ClassificationIs_PicksTheRecordsOfThatClass()
    {
        Assert.Equal([Things[1], Things[2]], Things.Where(BandOf.Is(Band.Large).IsSatisfiedBy));
        Assert.Equal(Band.Large, BandOf.ValueOf(Things[1]));
    }

    [Fact]
    public void Inline_LambdaInvokedInPlace_BecomesItsBody()
    {
        var x = Expression.Parameter(typeof(Thing), "x");
        var invoked = Expression.Lambda<Func<Thing, bool>>(Expression.Invoke(IsRed.Expression, x), x);

        var inlined = Specifications.Inline(invoked);

        Assert.IsNotType<InvocationExpression>(inlined.Body);
        Assert.Equal([Things[0], Things[1]], Things.AsQueryable().Where(inlined));
    }
}
