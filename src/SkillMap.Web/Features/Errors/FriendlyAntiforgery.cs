using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace SkillMap.Web.Features.Errors;

/// <summary>
/// The app's antiforgery service with two differences that keep a refused form from becoming a 500:
/// every refusal is noted for the error page ("this form expired"), and outside Development a request
/// that arrives over plain http — where the Secure cookie cannot exist — is refused like a missing
/// token instead of throwing, as the framework does when its cookie policy is Always.
/// </summary>
public sealed class FriendlyAntiforgery(IAntiforgery inner, IOptions<AntiforgeryOptions> options) : IAntiforgery
{
    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
        PlainHttp(httpContext) ? Unusable() : inner.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) =>
        PlainHttp(httpContext) ? Unusable() : inner.GetTokens(httpContext);

    public async Task<bool> IsRequestValidAsync(HttpContext httpContext)
    {
        if (PlainHttp(httpContext))
        {
            ErrorReasons.FormExpired(httpContext, notHttps: true);
            return false;
        }
        var valid = await inner.IsRequestValidAsync(httpContext);
        if (!valid)
        {
            ErrorReasons.FormExpired(httpContext, notHttps: false);
        }
        return valid;
    }

    public async Task ValidateRequestAsync(HttpContext httpContext)
    {
        if (PlainHttp(httpContext))
        {
            ErrorReasons.FormExpired(httpContext, notHttps: true);
            throw new AntiforgeryValidationException("The request came over plain http, where the antiforgery cookie cannot be kept.");
        }
        try
        {
            await inner.ValidateRequestAsync(httpContext);
        }
        catch (AntiforgeryValidationException refused)
        {
            Note(httpContext, refused);
            throw;
        }
    }

    public void SetCookieTokenAndHeader(HttpContext httpContext)
    {
        if (!PlainHttp(httpContext))
        {
            inner.SetCookieTokenAndHeader(httpContext);
        }
    }

    /// <summary>
    /// A form the framework could not read is not an expired one: a body over a form limit is "too
    /// large", anything else unreadable a plain bad request.
    /// </summary>
    private static void Note(HttpContext httpContext, AntiforgeryValidationException refused)
    {
        var cause = refused.InnerException;
        if (cause is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
            || (cause is InvalidDataException && cause.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)))
        {
            var limit = httpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            ErrorReasons.TooLarge(httpContext, limit ?? Security.RequestLimits.DefaultMaxBodyBytes);
        }
        else if (cause is not (IOException or InvalidDataException))
        {
            // A missing or mismatched cookie, a token for another person or from retired keys.
            ErrorReasons.FormExpired(httpContext, notHttps: false);
        }
    }

    private bool PlainHttp(HttpContext httpContext) =>
        options.Value.Cookie.SecurePolicy == CookieSecurePolicy.Always && !httpContext.Request.IsHttps;

    /// <summary>A token that will never validate: the form still renders, and posting it explains why it cannot work.</summary>
    private AntiforgeryTokenSet Unusable() => new("", null, options.Value.FormFieldName, options.Value.HeaderName);
}
