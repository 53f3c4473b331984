namespace SkillMap.Web.Features.Audit;

public static class AuditServices
{
    /// <summary>The admin page that reads the audit log (the writer, <see cref="AuditLog"/>, is registered with the pages).</summary>
    public static WebApplicationBuilder AddAuditLogPage(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AuditQuery>();
        return builder;
    }
}
