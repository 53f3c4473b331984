namespace SkillMap.Web.Features.Survey;

public static class SurveyServices
{
    /// <summary>My surveys, the rating page and the answer writer (one per process: it batches commits).</summary>
    public static WebApplicationBuilder AddSurvey(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SurveyQueries>();
        builder.Services.AddSingleton<AnswerWriter>();
        builder.Services.AddSingleton<HelpTexts>();
        builder.Services.AddSingleton<ItemMarkup.Cache>();
        return builder;
    }
}
