using System.Linq.Expressions;

namespace MspCaseManager.Web.Features.Reports;

/// <summary>
/// A report table counted in one grouped SQL query: for each group, one count per cell, each cell
/// a count of the group's rows (or of distinct things among them) that meet the cell's condition,
/// e.g. <c>rows =&gt; rows.Count(r =&gt; r.Gender == gender)</c> for each gender. The cells become
/// <c>COUNT(CASE WHEN … END)</c> (or <c>COUNT(DISTINCT CASE WHEN … THEN … END)</c>) columns of
/// the one query, so a population is read once for a whole table, not once per category, and
/// the query returns one row per group whatever the number of categories.
/// </summary>
public static class CrossTab
{
    /// <summary>Each group's key and the counts of its <paramref name="cells"/>, read by the numbers <see cref="Cells{TRow}.Add"/> gave.</summary>
    public static IQueryable<Tally<TKey>> Tally<TKey, TRow>(this IQueryable<IGrouping<TKey, TRow>> groups, Cells<TRow> cells)
    {
        var group = Expression.Parameter(typeof(IGrouping<TKey, TRow>), "g");
        var counts = cells.Select(cell => new Rebind(cell.Parameters[0], group).Visit(cell.Body));
        var tally = Expression.New(
            typeof(Tally<TKey>).GetConstructor([typeof(TKey), typeof(int[])])!,
            Expression.Property(group, nameof(IGrouping<TKey, TRow>.Key)),
            Expression.NewArrayInit(typeof(int), counts));
        return groups.Select(Expression.Lambda<Func<IGrouping<TKey, TRow>, Tally<TKey>>>(tally, group));
    }

    /// <summary>Puts the group where a cell's rows were.</summary>
    private sealed class Rebind(ParameterExpression rows, Expression group) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == rows ? group : base.VisitParameter(node);
    }
}

/// <summary>The cells of a cross-tabulation, each numbered as it is added.</summary>
public sealed class Cells<TRow> : IEnumerable<Expression<Func<IEnumerable<TRow>, int>>>
{
    private readonly List<Expression<Func<IEnumerable<TRow>, int>>> _cells = [];

    /// <summary>Adds a cell: how many of a group's rows count in it. Returns its number in <see cref="Tally{TKey}.Cells"/>.</summary>
    public int Add(Expression<Func<IEnumerable<TRow>, int>> count)
    {
        _cells.Add(count);
        return _cells.Count - 1;
    }

    public IEnumerator<Expression<Func<IEnumerable<TRow>, int>>> GetEnumerator() => _cells.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A group's key and the counts of its cells, by cell number.</summary>
public sealed record Tally<TKey>(TKey Key, int[] Cells);
