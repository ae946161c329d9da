using System.Linq.Expressions;

namespace MspCaseManager.Domain.Common;

/// <summary>
/// A rule about a record that lists and reports filter on, written once as an expression: EF Core
/// translates <see cref="Expression"/> to SQL (<c>query.Where(rule.Expression)</c>), and the domain
/// evaluates the same rule in memory with <see cref="IsSatisfiedBy"/>. A test proves the two agree
/// over many generated records. Write the expression over the aggregate's public collections
/// (they are EF navigations) with operators both LINQ to Objects and EF understand.
/// </summary>
public sealed class Specification<T>(Expression<Func<T, bool>> expression)
{
    private readonly Lazy<Func<T, bool>> _compiled = new(expression.Compile);

    public Expression<Func<T, bool>> Expression { get; } = expression;

    public bool IsSatisfiedBy(T candidate) => _compiled.Value(candidate);
}
