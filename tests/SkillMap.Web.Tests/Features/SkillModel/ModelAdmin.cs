using System.Net;
using AngleSharp.Html.Dom;
using SkillMap.Web.Data;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.SkillModel;

/// <summary>The demo organisation's admin at the model pages, submitting their real forms.</summary>
public static class ModelAdmin
{
    public const string Admin = "山本 健一";

    public static async Task<HttpClient> SignedInAdminAsync(this SkillMapFactory app)
    {
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        await client.SignInAsAsync(Admin);
        return client;
    }

    /// <summary>Submits <paramref name="form"/> with the button <paramref name="button"/> (its formaction, name and value).</summary>
    public static Task<HttpResponseMessage> PressAsync(
        this HttpClient client, IHtmlFormElement form, string pageUrl, IHtmlButtonElement? button = null,
        IEnumerable<KeyValuePair<string, string>>? set = null, IEnumerable<string>? remove = null)
    {
        var extra = (set ?? []).ToList();
        if (button is not null && !string.IsNullOrEmpty(button.Name))
        {
            extra.Add(new(button.Name, button.Value));
        }
        var action = button?.GetAttribute("formaction");
        if (!string.IsNullOrEmpty(action))
        {
            form.SetAttribute("action", action);
        }
        return client.SubmitAsync(form, pageUrl, extra, remove);
    }

    public static async Task<IHtmlDocument> FollowAsync(this HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetPageAsync(response.Headers.Location!.OriginalString);
    }

    /// <summary>Edits the published version 1 as a new draft and returns the draft's number.</summary>
    public static async Task<int> NewDraftAsync(this HttpClient client, int from = 1)
    {
        var page = await client.GetPageAsync($"/admin/model/{from}");
        var button = (IHtmlButtonElement)page.QuerySelector("#new-draft")!;
        var response = await client.PressAsync((IHtmlFormElement)button.Form!, $"/admin/model/{from}", button);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1].Split('#')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    public static TestOrganisation Data(this SkillMapFactory app) => new(app.Service<Db>());
}
