using MspCaseManager.Web.Features.Shared;

namespace MspCaseManager.Web.Startup;

public static class CaseRulesSetup
{
    /// <summary>The needs-attention rules, with their thresholds from configuration (checked at start-up).</summary>
    public static void AddCaseRules(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<NeedsAttentionOptions>()
            .Bind(builder.Configuration.GetSection(NeedsAttentionOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<AttentionRules>();
    }
}
