using Microsoft.AspNetCore.Mvc;

namespace SkillMap.Web.Features.Errors;

/// <summary>
/// What the code that refused a request knew, left in <c>HttpContext.Items</c> for the error page that
/// the status-code pages re-execute in the same request: the page can then say which problem it was.
/// </summary>
public static class ErrorReasons
{
    private const string FormExpiredKey = "SkillMap.Error.FormExpired";
    private const string NotHttpsKey = "SkillMap.Error.NotHttps";
    private const string BodyLimitKey = "SkillMap.Error.BodyLimit";
    private const string DetailKey = "SkillMap.Error.Detail";

    public static void FormExpired(HttpContext context, bool notHttps)
    {
        context.Items[FormExpiredKey] = true;
        if (notHttps)
        {
            context.Items[NotHttpsKey] = true;
        }
    }

    public static bool IsFormExpired(HttpContext context) => context.Items.ContainsKey(FormExpiredKey);

    public static bool IsNotHttps(HttpContext context) => context.Items.ContainsKey(NotHttpsKey);

    /// <summary>The body limit a refused request went over, in bytes.</summary>
    public static void TooLarge(HttpContext context, long limit) => context.Items[BodyLimitKey] = limit;

    public static long? BodyLimit(HttpContext context) => context.Items[BodyLimitKey] as long?;

    public static string? Detail(HttpContext context) => context.Items[DetailKey] as string;

    /// <summary>A 400 shown on the friendly error page with this message (already in the reader's language).</summary>
    public static IActionResult BadRequestPage(this HttpContext context, string message)
    {
        context.Items[DetailKey] = message;
        return new StatusCodeResult(StatusCodes.Status400BadRequest);
    }
}
