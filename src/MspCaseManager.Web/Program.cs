using MspCaseManager.Web.Startup;

var builder = WebApplication.CreateBuilder(args);

builder.AddStructuredLogging();
builder.AddDatabase();
builder.AddAuditAndKeys();
builder.AddStaffIdentity();
builder.AddWebFeatures();
builder.AddReports();
builder.AddHealth();
builder.AddStaticFileCompression();

var app = builder.Build();

app.UseErrorPages();
app.UseSecurityBasics();
app.UseCompressedStaticFiles();
app.UseRouting();
app.UseRequestLogging();
app.UseAuthentication();
app.UseAccessDeniedAudit();
app.UseAuthorization();
app.UseTwoFactorRequirement();

app.MapHealth();
app.MapControllers();

await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;
