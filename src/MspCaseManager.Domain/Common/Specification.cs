using System.Linq.Expressions;
using System.Reflection;

namespace MspCaseManager.Domain.Common;

/// <summary>
/// A rule about a record that lists and reports filter on, written once as an expression: EF Core
/// translates <see cref="Expression"/> to SQL (<c>query.Where(rule.Expression)</c>), and the domain
/// evaluates the same rule in memory with <see cref="IsSatisfiedBy"/>. A test proves the two agree
/// over many generated records. Write the expression over the aggregate's public collections
/// (they are EF navigations) with operators both LINQ to Objects and EF understand.
/// <para>
/// A rule may use another inside a collection (<c>e.Items.AsQueryable().Any(Other.Expression)</c>),
/// as EF needs. In memory that would run LINQ's <see cref="EnumerableQuery{T}"/>, which compiles
/// the expression again on every call; so before compiling, <see cref="InMemory"/> turns those
/// calls into their <see cref="Enumerable"/> equivalents, with the other rule inlined, once.
/// </para>
/// </summary>
public sealed class Specification<T>(Expression<Func<T, bool>> expression)
{
    private readonly Lazy<Func<T, bool>> _compiled = new(() => ((Expression<Func<T, bool>>)InMemory.Rewrite(expression)).Compile());

    public Expression<Func<T, bool>> Expression { get; } = expression;

    public bool IsSatisfiedBy(T candidate) => _compiled.Value(candidate);
}

/// <summary>Rewrites <see cref="Queryable"/> calls over <c>AsQueryable()</c> collections as <see cref="Enumerable"/> calls.</summary>
internal sealed class InMemory : ExpressionVisitor
{
    public static Expression Rewrite(Expression expression) => new InMemory().Visit(expression);

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method.DeclaringType != typeof(Queryable))
        {
            return base.VisitMethodCall(node);
        }

        var arguments = node.Arguments.Select(Unquote).Select(Visit).ToList();
        if (node.Method.Name == nameof(Queryable.AsQueryable))
        {
            return arguments[0]!;
        }

        var generic = node.Method.GetGenericArguments();
        var method = typeof(Enumerable).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == node.Method.Name && m.GetParameters().Length == arguments.Count && m.GetGenericArguments().Length == generic.Length)
            .Select(m => generic.Length > 0 ? m.MakeGenericMethod(generic) : m)
            .First(m => m.GetParameters().Select(p => p.ParameterType).Zip(arguments, (type, argument) => type.IsAssignableFrom(argument!.Type)).All(fits => fits));
        return Expression.Call(method, arguments!);
    }

    /// <summary>A quoted lambda, or another rule's expression held in a field or property, as the lambda itself.</summary>
    private static Expression Unquote(Expression argument) => argument switch
    {
        UnaryExpression { NodeType: ExpressionType.Quote } quote => quote.Operand,
        MemberExpression member when typeof(LambdaExpression).IsAssignableFrom(member.Type) =>
            System.Linq.Expressions.Expression.Lambda<Func<LambdaExpression>>(member).Compile()(),
        _ => argument,
    };
}
