using SkillMap.Web.Cli;
using SkillMap.Web.Data;
using SkillMap.Web.Features;
using SkillMap.Web.Features.Account;
using SkillMap.Web.Features.Demo;
using SkillMap.Web.Features.Errors;
using SkillMap.Web.Features.Health;
using SkillMap.Web.Features.Audit;
using SkillMap.Web.Features.MyData;
using SkillMap.Web.Features.Organisation;
using SkillMap.Web.Features.Reports;
using SkillMap.Web.Features.Mail;
using SkillMap.Web.Features.Navigation;
using SkillMap.Web.Features.Rounds;
using SkillMap.Web.Features.Plans;
using SkillMap.Web.Features.SkillModel;
using SkillMap.Web.Features.Survey;
using SkillMap.Web.Hosting;
using SkillMap.Web.Localization;
using SkillMap.Web.Security;

var builder = WebApplication.CreateBuilder(HostPaths.Options(args));
if (!builder.SettingsAreValid())
{
    return 1;
}
var verb = CliVerbs.Find(args);
if (verb is not null)
{
    builder.Logging.SendEverythingToStandardError();
    foreach (var (key, value) in verb.DefaultSettings.Where(s => builder.Configuration[s.Key] is null))
    {
        builder.Configuration[key] = value;
    }
}

builder.AddSkillMapHosting();
builder.AddSkillMapData();
builder.AddSkillMapLocalization();
builder.AddSkillMapSecurity();
builder.AddSkillMapPages();
builder.AddSkillMapErrorPages();
builder.AddSkillMapNavigation();
builder.AddSkillMapAccounts();
builder.AddSkillMapMail();
builder.AddSkillMapRateLimiting();
builder.AddDemoOrganisation();
builder.AddOrganisation();
builder.AddMyData();
builder.AddAuditLogPage();
builder.AddSkillMapReports();
builder.AddRounds();
builder.AddTrainingPlans();
builder.AddSkillModel();
builder.AddSurvey();

var app = builder.Build();

if (verb is not null)
{
    var exitCode = await verb.RunAsync(app, args);
    // Disposing flushes the console logger's queue, so a verb's last log lines reach stderr.
    await app.DisposeAsync();
    return exitCode;
}

try
{
    await app.PrepareDatabaseAsync();
    await app.SeedDemoOrganisationAsync();
}
catch (Exception exception) when (HostingServices.StartFailure(exception) is { } line)
{
    // One clear line instead of a stack trace: the message names the script or setting at fault.
    await Console.Error.WriteLineAsync(line);
    return 1;
}

app.UseSkillMapReverseProxy();
app.UseSkillMapRequestLog();
app.UseSkillMapErrorPages();
app.UseSkillMapDatabaseErrorCount();
app.UseSkillMapSecurityHeaders();
app.UseSkillMapRequestLimits();
app.MapHealthEndpoints();
app.UseStaticFiles();
app.UseSkillMapLocalization();
app.UseAuthentication();
app.UseSkillMapRateLimiting();
app.UseAuthorization();
app.MapRazorPages();
app.MapSkillMapMetrics();

await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the test projects.</summary>
public partial class Program;
