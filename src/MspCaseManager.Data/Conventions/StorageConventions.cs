using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MspCaseManager.Data.Conventions;

/// <summary>
/// How values are stored, the same on SQLite and SQL Server:
/// enums as their member names (stable codes that reports and returns rely on, never numbers),
/// instants as UTC <see cref="DateTime"/> (read back with <see cref="DateTimeKind.Utc"/>),
/// calendar dates as <see cref="DateOnly"/>.
/// </summary>
public static class StorageConventions
{
    public const int CodeMaxLength = 64;

    public static void ApplyStorageConventions(this ModelConfigurationBuilder builder)
    {
        builder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(CodeMaxLength);
        builder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        builder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v.HasValue ? (v.Value.Kind == DateTimeKind.Utc ? v.Value : v.Value.ToUniversalTime()) : v,
        v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}
