namespace SkillMap.Web.Features.Errors;

public static class ErrorPages
{
    /// <summary>Outside Development an exception becomes the friendly error page; status codes without a body get one too.</summary>
    public static WebApplication UseSkillMapErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        return app;
    }
}
