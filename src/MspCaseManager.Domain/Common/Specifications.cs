using System.Linq.Expressions;
using System.Reflection;

namespace MspCaseManager.Domain.Common;

/// <summary>
/// Builds bigger expressions out of <see cref="Specification{T}"/> and <see cref="Classification{T, TValue}"/>
/// without writing a rule twice. Inside an expression given to <see cref="Inline{TDelegate}(Expression{TDelegate})"/>, a call
/// to <c>rule.IsSatisfiedBy(x)</c> (or <c>classification.ValueOf(x)</c>) is replaced by the rule's own
/// expression applied to <c>x</c>, so EF Core translates it to SQL like any other condition:
/// <c>query.Select(Specifications.Inline((Enquiry e) => new Row(e.Id, rule.IsSatisfiedBy(e))))</c>;
/// a lambda invoked in place is inlined the same way.
/// The rule object itself is read when the expression is inlined; values it captured (a date, a
/// threshold) stay captured, so EF Core sends them as parameters and caches one plan.
/// </summary>
public static class Specifications
{
    private static readonly MethodInfo IsSatisfiedBy = typeof(Specification<>).GetMethod(nameof(Specification<object>.IsSatisfiedBy))!;

    /// <summary>The expression with every call to a specification or classification replaced by its expression.</summary>
    public static Expression<TDelegate> Inline<TDelegate>(Expression<TDelegate> expression) =>
        (Expression<TDelegate>)new Inliner().Visit(expression);

    /// <summary>
    /// The query with every call to a specification or classification in it (in a <c>Where</c>,
    /// a <c>Select</c>, a grouping) replaced by its expression: call it last, before running the query.
    /// </summary>
    public static IQueryable<T> InlineRules<T>(this IQueryable<T> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Provider.CreateQuery<T>(new Inliner().Visit(query.Expression));
    }

    /// <summary>Satisfied when any of <paramref name="rules"/> is (none: never).</summary>
    public static Specification<T> Any<T>(IEnumerable<Specification<T>> rules) =>
        Combine(rules, Expression.OrElse, false);

    /// <summary>Satisfied when every one of <paramref name="rules"/> is (none: always).</summary>
    public static Specification<T> All<T>(IEnumerable<Specification<T>> rules) =>
        Combine(rules, Expression.AndAlso, true);

    /// <summary>Satisfied when <paramref name="rule"/> is not.</summary>
    public static Specification<T> Not<T>(Specification<T> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var x = rule.Expression.Parameters[0];
        return new(Expression.Lambda<Func<T, bool>>(Expression.Not(rule.Expression.Body), x));
    }

    private static Specification<T> Combine<T>(IEnumerable<Specification<T>> rules, Func<Expression, Expression, BinaryExpression> join, bool empty)
    {
        var x = Expression.Parameter(typeof(T), "x");
        var bodies = rules.Select(r => Substitute(r.Expression, x)).ToList();
        var body = bodies.Count == 0 ? Expression.Constant(empty) : bodies.Aggregate(join);
        return new(Expression.Lambda<Func<T, bool>>(body, x));
    }

    /// <summary>The lambda's body with its one parameter replaced by <paramref name="argument"/>.</summary>
    private static Expression Substitute(LambdaExpression lambda, Expression argument) =>
        new ParameterReplacer(lambda.Parameters[0], argument).Visit(lambda.Body);

    private sealed class Inliner : ExpressionVisitor
    {
        /// <summary>A lambda invoked in place (<c>Expression.Invoke(rule.Expression, x)</c>) becomes its body.</summary>
        protected override Expression VisitInvocation(InvocationExpression node) =>
            node.Expression is LambdaExpression { Parameters.Count: 1 } lambda
                ? Visit(Substitute(lambda, node.Arguments[0]))
                : base.VisitInvocation(node);

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Object is not null && RuleExpression(node) is { } lambda)
            {
                // The rule's own expression may use other rules: inline those too.
                return Visit(Substitute(lambda, node.Arguments[0]));
            }

            return base.VisitMethodCall(node);
        }

        private static LambdaExpression? RuleExpression(MethodCallExpression node)
        {
            var declaring = node.Method.DeclaringType;
            if (declaring is not { IsGenericType: true } || node.Arguments.Count != 1)
            {
                return null;
            }

            var definition = declaring.GetGenericTypeDefinition();
            var isRule = (definition == typeof(Specification<>) && node.Method.Name == IsSatisfiedBy.Name)
                || (definition == typeof(Classification<,>) && node.Method.Name == nameof(Classification<object, int>.ValueOf));
            if (!isRule)
            {
                return null;
            }

            var rule = Evaluate(node.Object!)
                ?? throw new InvalidOperationException($"The rule in {node} is null, so it cannot be inlined.");
            return (LambdaExpression)declaring.GetProperty(nameof(Specification<object>.Expression))!.GetValue(rule)!;
        }

        /// <summary>
        /// The value of the expression that holds the rule: a static field or property, a field of a
        /// closure, or a chain of those; anything else is compiled and run.
        /// </summary>
        private static object? Evaluate(Expression expression) => expression switch
        {
            ConstantExpression constant => constant.Value,
            MemberExpression { Member: FieldInfo field } member => field.GetValue(member.Expression is null ? null : Evaluate(member.Expression)),
            MemberExpression { Member: PropertyInfo property } member => property.GetValue(member.Expression is null ? null : Evaluate(member.Expression)),
            _ => Expression.Lambda<Func<object?>>(Expression.Convert(expression, typeof(object))).Compile()(),
        };
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : base.VisitParameter(node);
    }
}

/// <summary>
/// A value worked out from a record that lists show, filter and count by (an enquiry's stage, the
/// flags of the rules it trips),
/// written once as an expression: in SQL through <see cref="Specifications.InlineRules{T}"/> or
/// <see cref="Is"/>, in memory with <see cref="ValueOf"/>.
/// </summary>
public sealed class Classification<T, TValue>(Expression<Func<T, TValue>> expression)
    where TValue : struct
{
    private readonly Lazy<Func<T, TValue>> _compiled = new(expression.Compile);

    public Expression<Func<T, TValue>> Expression { get; } = expression;

    public TValue ValueOf(T candidate) => _compiled.Value(candidate);

    /// <summary>The records classed as <paramref name="value"/>.</summary>
    public Specification<T> Is(TValue value) =>
        new(System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(
            System.Linq.Expressions.Expression.Equal(Expression.Body, System.Linq.Expressions.Expression.Constant(value)),
            Expression.Parameters));
}
