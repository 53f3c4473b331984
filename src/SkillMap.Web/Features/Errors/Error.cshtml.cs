using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace SkillMap.Web.Features.Errors;

public enum ErrorKind
{
    BadRequest,
    FormExpired,
    NotFound,
    MethodNotAllowed,
    TooLarge,
    TooManyRequests,
    ServerError,
}

/// <summary>
/// The friendly page for unhandled errors and status codes without a body: a message for each kind of
/// problem in the reader's language and a way back, never exception details. It runs again in the
/// request that failed (re-executed by the status-code pages), so it can read what the refusing code
/// left in <see cref="ErrorReasons"/> and the Retry-After a rate limit set.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    private ErrorKind? kind;

    /// <summary>Computed on first use, so a method the page has no handler for (DELETE…) still gets its message.</summary>
    public ErrorKind Kind => kind ??= Describe();

    public int? RetryAfterSeconds => int.TryParse(Response.Headers.RetryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : null;

    /// <summary>The refused request's limit in whole MB (rounded down, at least 1).</summary>
    public long LimitMegabytes => Math.Max(1, (ErrorReasons.BodyLimit(HttpContext) ?? Security.RequestLimits.DefaultMaxBodyBytes) / 1024 / 1024);

    public string? Detail => ErrorReasons.Detail(HttpContext);

    public bool NotHttps => ErrorReasons.IsNotHttps(HttpContext);

    /// <summary>Where "back" leads: the address that failed, opened afresh (GET, no handler); null when there is none.</summary>
    public string? BackUrl { get; private set; }

    public void OnGet() => _ = Kind;

    // A failed POST is re-executed as a POST. Nothing is bound from the form: the body may be the
    // oversized one that was refused, and must not be read.
    public void OnPost() => _ = Kind;

    private ErrorKind Describe()
    {
        var code = RouteData.Values["code"] is { } value && int.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : (int?)null;
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        // Kestrel refuses a body that turns out larger than allowed while it is read (no Content-Length).
        if (code is null && exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            code = StatusCodes.Status413PayloadTooLarge;
        }
        if (ErrorReasons.BodyLimit(HttpContext) is not null)
        {
            code = StatusCodes.Status413PayloadTooLarge;
        }
        var result = code switch
        {
            null or >= 500 => ErrorKind.ServerError,
            StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound => ErrorKind.NotFound,
            StatusCodes.Status405MethodNotAllowed => ErrorKind.MethodNotAllowed,
            StatusCodes.Status413PayloadTooLarge => ErrorKind.TooLarge,
            StatusCodes.Status429TooManyRequests => ErrorKind.TooManyRequests,
            _ when ErrorReasons.IsFormExpired(HttpContext) => ErrorKind.FormExpired,
            _ => ErrorKind.BadRequest,
        };
        Response.StatusCode = code is >= 400 and < 600 ? code.Value : StatusCodes.Status500InternalServerError;
        BackUrl = result is ErrorKind.NotFound ? null : OriginalAddress();
        return result;
    }

    private string? OriginalAddress()
    {
        string? path, query;
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted)
        {
            (path, query) = (reExecuted.OriginalPathBase + reExecuted.OriginalPath, reExecuted.OriginalQueryString);
        }
        else if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failed)
        {
            (path, query) = (failed.Path, Request.QueryString.Value);
        }
        else
        {
            return null;
        }
        // Only a path on this site: "//host" would lead elsewhere.
        if (string.IsNullOrEmpty(path) || path[0] != '/' || path.StartsWith("//", StringComparison.Ordinal) || path.StartsWith("/\\", StringComparison.Ordinal)
            || path.StartsWith("/error", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var kept = QueryHelpers.ParseQuery(query).Where(p => !p.Key.Equals("handler", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        return QueryHelpers.AddQueryString(path, kept);
    }
}
