using Microsoft.Extensions.Options;
using MspCaseManager.Web.Features.Reports.Concerns;
using MspCaseManager.Web.Features.Reports.Msp;
using MspCaseManager.Web.Features.Reports.Repeats;
using MspCaseManager.Web.Features.Reports.Sac;

namespace MspCaseManager.Web.Startup;

public static class ReportsSetup
{
    /// <summary>The report queries (each aggregates in SQL) and the SAC choices from <c>Reports:Sac</c>.</summary>
    public static void AddReports(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<SacOptions>(builder.Configuration.GetSection(SacOptions.Section));
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<SacOptions>>().Value);
        builder.Services.AddScoped<SacReturn>();
        builder.Services.AddScoped<MspReport>();
        builder.Services.AddScoped<ConcernsReport>();
        builder.Services.AddScoped<RepeatConcernsReport>();
    }
}
