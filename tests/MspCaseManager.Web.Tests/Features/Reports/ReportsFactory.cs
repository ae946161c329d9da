namespace MspCaseManager.Web.Tests.Features.Reports;

/// <summary>An app whose database holds <see cref="ReportDataset"/> and nothing else, seeded once for the test class.</summary>
public sealed class ReportsFactory : AppFactory
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ReportDataset? _dataset;

    public async Task<ReportDataset> DatasetAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _dataset ??= await ReportDataset.SeedAsync(this);
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        _gate.Dispose();
        base.Dispose(disposing);
    }
}
