using System.Collections.Concurrent;
using System.Reflection;

namespace MspCaseManager.Domain.Common;

/// <summary>
/// The words users see for an enum member. Enum member names are the stable codes stored in the
/// database and used in reports; labels are what the screens and returns show (SAC lists are
/// kept verbatim here).
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class LabelAttribute(string text) : Attribute
{
    public string Text { get; } = text;
}

public static class Labels
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    /// <summary>The label of an enum value, or its name when it has none.</summary>
    public static string Of(Enum value) => Cache.GetOrAdd(value, static v =>
        v.GetType().GetField(v.ToString())?.GetCustomAttribute<LabelAttribute>()?.Text ?? v.ToString());

    /// <summary>Every value of an enum with its label, in declaration order.</summary>
    public static IReadOnlyList<(TEnum Value, string Label)> All<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => (v, Of(v))).ToList();
}

public static class LabelExtensions
{
    public static string ToLabel(this Enum value) => Labels.Of(value);
}
