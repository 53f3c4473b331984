using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace SkillMap.Web.Security;

/// <summary>
/// <c>RequestLimits:MaxBodyBytes</c> (default 1 MiB) bounds every request body; a page that takes uploads
/// raises it for itself with <c>[RequestSizeLimit]</c> and <c>[RequestFormLimits]</c>. Kestrel enforces the
/// limit while a body is read; a declared length over it is answered 413 before anything reads it.
/// </summary>
public static class RequestLimits
{
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    public static long MaxBodyBytes(IConfiguration configuration) =>
        configuration.GetValue<long?>("RequestLimits:MaxBodyBytes") ?? DefaultMaxBodyBytes;

    public static void AddRequestLimits(this WebApplicationBuilder builder)
    {
        var maxBody = MaxBodyBytes(builder.Configuration);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = maxBody;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = maxBody;
            form.ValueLengthLimit = (int)Math.Min(maxBody, int.MaxValue);
            form.ValueCountLimit = 2048;
        });
    }

    public static WebApplication UseSkillMapRequestLimits(this WebApplication app)
    {
        var maxBody = MaxBodyBytes(app.Configuration);
        app.Use((context, next) =>
        {
            // The error page that explains a refusal runs again in the same request: let it through,
            // or the oversized request would be refused once more and the 413 would arrive without a page.
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
            {
                return next(context);
            }
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? maxBody;
            if (context.Request.ContentLength > limit)
            {
                Features.Errors.ErrorReasons.TooLarge(context, limit);
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                context.Response.Headers.Connection = "close";
                return Task.CompletedTask;
            }
            return next(context);
        });
        return app;
    }
}
