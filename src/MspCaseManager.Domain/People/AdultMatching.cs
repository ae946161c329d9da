using System.Globalization;
using System.Text;

namespace MspCaseManager.Domain.People;

/// <summary>What duplicate detection compares about an adult.</summary>
public sealed record AdultMatchDetails(string FirstName, string LastName, DateOnly DateOfBirth, NhsNumber? NhsNumber)
{
    public static AdultMatchDetails Of(Adult adult) =>
        new(adult.FirstName, adult.LastName, adult.DateOfBirth, adult.NhsNumber);
}

/// <summary>
/// Spots an adult who may already be recorded, before another record is made for them. Pure
/// functions: the web layer narrows candidates with a query (same NHS number or same date of
/// birth) and asks <see cref="IsLikelyMatch"/> about each.
/// </summary>
public static class AdultMatching
{
    /// <summary>Letters only, lower case, accents removed: "O'Brien-Núñez" becomes "obriennunez".</summary>
    public static string NormaliseName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// True when both have the same NHS number; or when they share a date of birth and a similar
    /// name: the same last name (ignoring case, spaces and punctuation), or last names that start
    /// with the same three letters and first names with the same initial.
    /// </summary>
    public static bool IsLikelyMatch(AdultMatchDetails existing, AdultMatchDetails proposed)
    {
        if (existing.NhsNumber is not null && existing.NhsNumber == proposed.NhsNumber)
        {
            return true;
        }

        if (existing.DateOfBirth != proposed.DateOfBirth)
        {
            return false;
        }

        var existingLast = NormaliseName(existing.LastName);
        var proposedLast = NormaliseName(proposed.LastName);
        if (existingLast.Length == 0 || proposedLast.Length == 0)
        {
            return false;
        }

        if (existingLast == proposedLast)
        {
            return true;
        }

        var existingFirst = NormaliseName(existing.FirstName);
        var proposedFirst = NormaliseName(proposed.FirstName);
        return existingLast.Length >= 3
            && proposedLast.Length >= 3
            && existingLast[..3] == proposedLast[..3]
            && existingFirst.Length > 0
            && proposedFirst.Length > 0
            && existingFirst[0] == proposedFirst[0];
    }
}
