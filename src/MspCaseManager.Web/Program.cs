using MspCaseManager.Web.Startup;

var builder = WebApplication.CreateBuilder(args);

builder.AddStructuredLogging();
builder.AddDatabase();
builder.AddAuditAndKeys();
builder.AddStaffIdentity();
builder.AddWebFeatures();
builder.AddCaseRules();
builder.AddReports();
builder.AddHealth();
builder.AddStaticFileCompression();

var app = builder.Build();

app.UseSecurityBasics();
app.UseCompressedStaticFiles();
app.UseRequestLogging();
app.UseErrorPages();
app.UseRouting();
app.UseAuthentication();
app.UseDatabaseOutagePage();
app.UseRequestLogContext();
app.UseAccessDeniedAudit();
app.UseAuthorization();
app.UseTwoFactorRequirement();

app.MapHealth();
app.MapControllers();

await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>Entry point; public so integration tests can host the app.</summary>
public partial class Program;
