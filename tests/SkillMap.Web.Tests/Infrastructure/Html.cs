using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SkillMap.Web.Tests.Infrastructure;

/// <summary>Reads pages and submits their real forms, antiforgery token included, as a browser would.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        return await ParseAsync(response);
    }

    public static IHtmlFormElement Form(this IHtmlDocument document, string selector) =>
        document.QuerySelector(selector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form '{selector}' on the page.");

    /// <summary>The fields the form would send as it stands: hidden and text inputs, checked radios and boxes.</summary>
    public static List<KeyValuePair<string, string>> Fields(this IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input").OfType<IHtmlInputElement>())
        {
            if (string.IsNullOrEmpty(input.Name) || input.IsDisabled)
            {
                continue;
            }
            if (input.Type is "radio" or "checkbox" && !input.IsChecked)
            {
                continue;
            }
            fields.Add(new(input.Name, input.Value));
        }
        foreach (var area in form.QuerySelectorAll("textarea").OfType<IHtmlTextAreaElement>())
        {
            fields.Add(new(area.Name!, area.Value ?? ""));
        }
        foreach (var select in form.QuerySelectorAll("select").OfType<IHtmlSelectElement>())
        {
            fields.Add(new(select.Name!, select.Value ?? ""));
        }
        return fields;
    }

    /// <summary>Posts the form with some fields set (replacing any of the same name) and some removed.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, IHtmlFormElement form, string pageUrl,
        IEnumerable<KeyValuePair<string, string>>? set = null, IEnumerable<string>? remove = null)
    {
        var fields = form.Fields();
        var replaced = set?.ToList() ?? [];
        var removed = new HashSet<string>(remove ?? []);
        fields.RemoveAll(f => removed.Contains(f.Key) || replaced.Any(r => r.Key == f.Key));
        fields.AddRange(replaced);
        var action = form.GetAttribute("action");
        return client.PostAsync(string.IsNullOrEmpty(action) ? pageUrl : action, new FormUrlEncodedContent(fields));
    }

    public static string Text(this IHtmlDocument document, string selector) =>
        document.QuerySelector(selector)?.TextContent.Trim() ?? throw new InvalidOperationException($"Nothing matches '{selector}'.");
}
