using System.ComponentModel.DataAnnotations;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Web.Features.Shared;

namespace MspCaseManager.Web.Features.TeamCaseload;

/// <summary>
/// The team's open enquiries list, as the query string asks for it (<c>?worker=…&amp;stage=UnderWay&amp;needsAttention=true</c>):
/// filters, order and page. A value that cannot be read is shown as an error and left out.
/// </summary>
public sealed class TeamCaseloadFilter
{
    public const string Unallocated = "unallocated";

    /// <summary>A social worker's user id, <see cref="Unallocated"/>, or empty for everyone.</summary>
    public string? Worker { get; set; }

    public EnquiryStage? Stage { get; set; }

    public RiskType? RiskType { get; set; }

    public bool NeedsAttention { get; set; }

    /// <summary>Only enquiries open more than this many days.</summary>
    [Range(0, 36_500)]
    public int? OpenMoreThanDays { get; set; }

    public CaseloadSort Sort { get; set; }

    public int Page { get; set; } = 1;

    /// <summary>The query string for this filter with some values changed (a page, an order), for links.</summary>
    /// <summary>The message for a query-string value that cannot be read, by its key.</summary>
    public static string ErrorFor(string key) => key.ToLowerInvariant() switch
    {
        "stage" => "Select a stage from the list",
        "risktype" => "Select a type of risk from the list",
        "openmorethandays" => "Enter a whole number of days, 0 or more",
        "sort" => "Select how to sort the list",
        _ => "Select a filter from the list",
    };

    public RouteValueDictionary With(int? page = null, CaseloadSort? sort = null)
    {
        var values = new RouteValueDictionary();
        Add("worker", Worker);
        Add("stage", Stage?.ToString());
        Add("riskType", RiskType?.ToString());
        Add("needsAttention", NeedsAttention ? "true" : null);
        Add("openMoreThanDays", OpenMoreThanDays?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("sort", (sort ?? Sort) == CaseloadSort.Age ? null : (sort ?? Sort).ToString());
        Add("page", (page ?? Page) <= 1 ? null : (page ?? Page).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return values;

        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                values[key] = value;
            }
        }
    }
}
