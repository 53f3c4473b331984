using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.SkillModel;

public sealed class ModelAdminTests
{
    [Theory]
    [InlineData("高橋 翔")]
    [InlineData("佐藤 美咲")]
    public async Task Only_admins_reach_the_model_pages_everyone_else_gets_404(string person)
    {
        using var app = new SkillMapFactory();
        var client = app.CreateBrowserClient();
        await client.SignInAsAsync(person);

        foreach (var url in new[] { "/admin/model", "/admin/model/1", "/admin/model/1/export", "/admin/model/compare?from=1&to=1", "/admin/model/1/retire" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        }
        var home = await client.GetPageAsync("/");
        Assert.Null(home.QuerySelector("#nav-skill-model"));
    }

    [Fact]
    public async Task The_admin_sees_the_published_default_model_and_downloads_it_in_the_documented_format()
    {
        using var app = new SkillMapFactory();
        var client = await app.SignedInAdminAsync();

        var list = await client.GetPageAsync("/admin/model");
        var row = list.QuerySelector("#model-versions tr[data-version='1']")!;
        var download = await client.GetAsync("/admin/model/1/export");

        Assert.Contains("Published", row.TextContent);
        Assert.Contains("53", row.TextContent);
        Assert.Equal("application/json", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("skillmap-model-v1.json", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(await File.ReadAllTextAsync(RepoPaths.Combine("db", "model", "skillmap-ops.json"), TestContext.Current.CancellationToken),
            await download.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Editing_a_published_version_makes_a_draft_copy_and_the_published_items_never_change()
    {
        using var app = new SkillMapFactory();
        var client = await app.SignedInAdminAsync();
        var before = await app.Data().QueryAsync<string>("SELECT StatementEn FROM SkillItem WHERE ModelVersionId = 1 ORDER BY Position");

        var draft = await client.NewDraftAsync();
        var page = await client.GetPageAsync($"/admin/model/{draft}");
        var edit = await client.GetPageAsync(page.QuerySelector("a[id^='edit-']")!.GetAttribute("href")!);
        var form = edit.Form("#item-form");
        var saved = await client.PressAsync(form, "", (IHtmlButtonElement)edit.QuerySelector("#save-item")!, [new("Input.StatementEn", "A reworded statement.")]);

        Assert.Equal(2, draft);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(before, await app.Data().QueryAsync<string>("SELECT StatementEn FROM SkillItem WHERE ModelVersionId = 1 ORDER BY Position"));
        Assert.Equal("A reworded statement.", await app.Data().ScalarAsync<string>("SELECT StatementEn FROM SkillItem WHERE ModelVersionId = 2 AND Position = 1"));
        Assert.Equal("draft", await app.Data().ScalarAsync<string>("SELECT Status FROM ModelVersion WHERE Version = 2"));
        var published = await client.GetPageAsync("/admin/model/1");
        Assert.Null(published.QuerySelector("#add-item"));
        Assert.Null(published.QuerySelector("a[id^='edit-']"));
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => app.Data().ExecuteAsync("UPDATE SkillItem SET StatementEn = 'x' WHERE ModelVersionId = 1"));
        Assert.Contains("cannot change", refused.Message);
    }

    [Fact]
    public async Task The_editor_refuses_missing_translations_and_anchors_with_messages_at_the_fields_and_saves_nothing()
    {
        using var app = new SkillMapFactory();
        var client = await app.SignedInAdminAsync();
        var draft = await client.NewDraftAsync();
        var url = $"/admin/model/{draft}/items/new";
        var page = await client.GetPageAsync(url);

        var response = await client.PressAsync(page.Form("#item-form"), url, (IHtmlButtonElement)page.QuerySelector("#save-item")!,
        [
            new("Input.Key", "logic.a-new-item"), new("Input.Kind", "explicit"), new("Input.Area", "logic"), new("Input.Stage", "thinking"),
            new("Input.StatementJa", "新しい項目"), new("Input.StatementEn", ""),
            new("Input.Anchor1Ja", "1"), new("Input.Anchor1En", "one"), new("Input.Anchor3Ja", "3"), new("Input.Anchor3En", "three"),
            new("Input.HelpJa", "ヘルプ"), new("Input.HelpEn", "Help"), new("Input.DevelopmentJa", "育成"), new("Input.DevelopmentEn", "Develop"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await Html.ParseAsync(response);
        Assert.NotNull(result.QuerySelector("#error-summary"));
        Assert.Contains("Statement (English)", FieldError(result, "Input_StatementEn"));
        Assert.Contains("Level 5 looks like (日本語)", FieldError(result, "Input_Anchor5Ja"));
        Assert.Contains("Level 5 looks like (English)", FieldError(result, "Input_Anchor5En"));
        Assert.Equal("新しい項目", ((IHtmlTextAreaElement)result.QuerySelector("#Input_StatementJa")!).Value);
        Assert.Equal(53, await app.Data().ScalarAsync<long>($"SELECT COUNT(*) FROM SkillItem WHERE ModelVersionId = (SELECT Id FROM ModelVersion WHERE Version = {draft})"));
    }

    [Fact]
    public async Task An_area_that_does_not_fit_the_kind_is_refused_at_the_area_field()
    {
        using var app = new SkillMapFactory();
        var client = await app.SignedInAdminAsync();
        var draft = await client.NewDraftAsync();
        var page = await client.GetPageAsync($"/admin/model/{draft}");
        var editUrl = page.QuerySelector("a[id^='edit-']")!.GetAttribute("href")!;
        var edit = await client.GetPageAsync(editUrl);

        var response = await client.PressAsync(edit.Form("#item-form"), editUrl, (IHtmlButtonElement)edit.QuerySelector("#save-item")!, [new("Input.Area", "conduct")]);

        var result = await Html.ParseAsync(response);
        Assert.Contains("“conduct” does not fit", FieldError(result, "Input_Area"));
    }

    [Fact]
    public async Task Changing_the_levels_of_a_published_key_needs_a_new_key()
    {
        using var app = new SkillMapFactory();
        var client = await app.SignedInAdminAsync();
        var draft = await client.NewDraftAsync();
        var page = await client.GetPageAsync($"/admin/model/{draft}");
        var editUrl = page.QuerySelector("a[id^='edit-']")!.GetAttribute("href")!;
        var edit = await client.GetPageAsync(editUrl);
        var oldKey = ((IHtmlInputElement)edit.QuerySelector("#Input_Key")!).Value;

        var refused = await client.PressAsync(edit.Form("#item-form"), editUrl, (IHtmlButtonElement)edit.QuerySelector("#save-item")!, [new("Input.Anchor5En", "Something else entirely.")]);
        var accepted = await client.PressAsync(edit.Form("#item-form"), editUrl, (IHtmlButtonElement)edit.QuerySelector("#save-item")!,
            [new("Input.Anchor5En", "Something else entirely."), new("Input.Key", oldKey + "-v2")]);

        Assert.Contains("needs a new key", FieldError(await Html.ParseAsync(refused), "Input_Key"));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(1, await app.Data().ScalarAsync<long>($"SELECT COUNT(*) FROM SkillItem WHERE ItemKey = '{oldKey}-v2'"));
    }

    [Fact]
    public async Task Preview_without_javascript_shows_the_rater_view_in_both_languages_and_saves_nothing()
    {
        using var app = new SkillMapFactory();
        var client = await app.SignedInAdminAsync();
        var draft = await client.NewDraftAsync();
        var url = $"/admin/model/{draft}/items/new";
        var page = await client.GetPageAsync(url);

        var response = await client.PressAsync(page.Form("#item-form"), url, (IHtmlButtonElement)page.QuerySelector("#preview-item")!,
            [new("Input.StatementJa", "仮説を書いてから変更している"), new("Input.StatementEn", "Writes a hypothesis before a change"), new("Input.Anchor3En", "Usually writes one"), new("Input.HelpJa", "**太字**の説明")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await Html.ParseAsync(response);
        Assert.Equal("仮説を書いてから変更している", result.Text("#preview-ja .statement"));
        Assert.Equal("Writes a hypothesis before a change", result.Text("#preview-en .statement"));
        Assert.Equal("Usually writes one", result.Text("#preview-en .level-3 .anchor"));
        Assert.Contains("Not observed", result.Text("#preview-en .not-observed"));
        Assert.Contains("観察できていない", result.Text("#preview-ja .not-observed"));
        Assert.Equal("太字", result.QuerySelector("#preview-ja .help strong")?.TextContent);
        Assert.Null(result.QuerySelector("#error-summary"));
        Assert.Equal(53, await app.Data().ScalarAsync<long>($"SELECT COUNT(*) FROM SkillItem WHERE ModelVersionId = (SELECT Id FROM ModelVersion WHERE Version = {draft})"));
    }

    [Fact]
    public async Task Items_of_a_draft_can_be_reordered_retired_and_brought_back()
    {
        using var app = new SkillMapFactory();
        var client = await app.SignedInAdminAsync();
        var draft = await client.NewDraftAsync();
        var url = $"/admin/model/{draft}";
        async Task<List<string>> KeysAsync() => (await client.GetPageAsync(url)).QuerySelectorAll("#model-items li").Select(li => li.GetAttribute("data-key")!).ToList();
        var original = await KeysAsync();

        var page = await client.GetPageAsync(url);
        var down = (IHtmlButtonElement)page.QuerySelectorAll("#model-items li")[0].QuerySelector("button[name=direction][value='1']")!;
        await client.PressAsync((IHtmlFormElement)down.Form!, url, down);
        var moved = await KeysAsync();
        page = await client.GetPageAsync(url);
        var retire = (IHtmlButtonElement)page.QuerySelectorAll("#model-items li")[2].QuerySelector("button.danger")!;
        var retired = await client.FollowAsync(await client.PressAsync((IHtmlFormElement)retire.Form!, url, retire));
        var restore = (IHtmlButtonElement)retired.QuerySelector("#retired-items button")!;
        await client.PressAsync((IHtmlFormElement)restore.Form!, url, restore);
        var restored = await KeysAsync();

        Assert.Equal([original[1], original[0], .. original.Skip(2)], moved);
        Assert.Contains(original[2], retired.Text("#status-message"));
        Assert.DoesNotContain(original[2], retired.QuerySelectorAll("#model-items li").Select(li => li.GetAttribute("data-key")));
        Assert.Equal(original[2], restored[^1]);
        Assert.Equal(original.Count, restored.Count);
    }

    [Fact]
    public async Task Publishing_needs_the_confirmation_and_then_the_version_is_frozen()
    {
        using var app = new SkillMapFactory();
        var client = await app.SignedInAdminAsync();
        var draft = await client.NewDraftAsync();
        var url = $"/admin/model/{draft}/publish";
        var page = await client.GetPageAsync(url);

        var unconfirmed = await client.SubmitAsync(page.Form("#publish-form"), url);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.NotNull((await Html.ParseAsync(unconfirmed)).QuerySelector("#confirm-error"));
        Assert.Equal("draft", await app.Data().ScalarAsync<string>($"SELECT Status FROM ModelVersion WHERE Version = {draft}"));

        var published = await client.FollowAsync(await client.SubmitAsync(page.Form("#publish-form"), url, [new("confirm", "true")]));

        Assert.Equal("Published", published.Text("#version-status"));
        Assert.Equal("published", await app.Data().ScalarAsync<string>($"SELECT Status FROM ModelVersion WHERE Version = {draft}"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"/admin/model/{draft}/items/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(page.Form("#publish-form"), url, [new("confirm", "true")])).StatusCode);
    }

    [Fact]
    public async Task A_retired_version_starts_no_round_but_its_rounds_still_show()
    {
        using var app = new SkillMapFactory();
        var client = await app.SignedInAdminAsync();
        var draft = await client.NewDraftAsync();
        var publish = await client.GetPageAsync($"/admin/model/{draft}/publish");
        await client.SubmitAsync(publish.Form("#publish-form"), $"/admin/model/{draft}/publish", [new("confirm", "true")]);
        var retire = await client.GetPageAsync("/admin/model/1/retire");

        var done = await client.FollowAsync(await client.SubmitAsync(retire.Form("#retire-form"), "/admin/model/1/retire", [new("confirm", "true")]));

        Assert.Equal("Retired", done.Text("#version-status"));
        var error = await Assert.ThrowsAnyAsync<Exception>(() => app.Data().RoundAsync(1, "open", 1));
        Assert.Contains("published model version", error.Message);
        await app.Data().RoundAsync(await app.Data().ScalarAsync<int>($"SELECT Id FROM ModelVersion WHERE Version = {draft}"), "open", 1);
        var member = app.CreateBrowserClient();
        await member.SignInAsAsync("高橋 翔");
        var team = await member.GetAsync("/team");
        var profile = await member.GetPageAsync(team.Headers.Location!.OriginalString);
        Assert.NotEmpty(profile.QuerySelectorAll("#stage-table td[data-value]:not([data-value=''])"));
    }

    [Fact]
    public async Task The_compare_page_lists_added_removed_and_reworded_items_in_both_languages()
    {
        using var app = new SkillMapFactory();
        var client = await app.SignedInAdminAsync();
        var draft = await client.NewDraftAsync();
        var url = $"/admin/model/{draft}";
        var page = await client.GetPageAsync(url);
        var items = page.QuerySelectorAll("#model-items li").ToList();
        var removedKey = items[1].GetAttribute("data-key")!;
        var retire = (IHtmlButtonElement)items[1].QuerySelector("button.danger")!;
        await client.PressAsync((IHtmlFormElement)retire.Form!, url, retire);
        var editUrl = items[0].QuerySelector("a[id^='edit-']")!.GetAttribute("href")!;
        var edit = await client.GetPageAsync(editUrl);
        await client.PressAsync(edit.Form("#item-form"), editUrl, (IHtmlButtonElement)edit.QuerySelector("#save-item")!, [new("Input.StatementJa", "言い換えた項目文")]);
        var add = await client.GetPageAsync($"{url}/items/new");
        await client.PressAsync(add.Form("#item-form"), $"{url}/items/new", (IHtmlButtonElement)add.QuerySelector("#save-item")!, NewItem("mindset.asks-for-feedback"));

        var compare = await client.GetPageAsync($"/admin/model/compare?from=1&to={draft}");

        Assert.Equal(["mindset.asks-for-feedback"], compare.QuerySelectorAll("#section-Added .change").Select(c => c.GetAttribute("data-key")));
        Assert.Equal([removedKey], compare.QuerySelectorAll("#section-Removed .change").Select(c => c.GetAttribute("data-key")));
        var reworded = compare.QuerySelector("#section-Reworded .change")!;
        Assert.Equal(items[0].GetAttribute("data-key"), reworded.GetAttribute("data-key"));
        Assert.Contains("言い換えた項目文", reworded.QuerySelector("td[lang=ja]:last-child")!.TextContent);
        Assert.NotNull(compare.QuerySelector("#section-Added p[lang=en]"));
        Assert.Contains("1 added", compare.Text("#compare-summary"));
        Assert.Contains("51 unchanged", compare.Text("#compare-summary"));
    }

    public static KeyValuePair<string, string>[] NewItem(string key) =>
    [
        new("Input.Key", key), new("Input.Kind", "implicit"), new("Input.Area", "mindset"), new("Input.Stage", "output"),
        new("Input.StatementJa", "自分の成果物に対する意見を自分から求めている"), new("Input.StatementEn", "Asks for feedback on their own work without waiting to be asked."),
        new("Input.Anchor1Ja", "意見は求められたときに受けている。"), new("Input.Anchor1En", "Takes feedback when it is given."),
        new("Input.Anchor3Ja", "大きな成果物では意見を求めている。"), new("Input.Anchor3En", "Asks for feedback on larger pieces of work."),
        new("Input.Anchor5Ja", "あらゆる成果物で意見を求め、反映している。"), new("Input.Anchor5En", "Asks for feedback on everything and acts on it."),
        new("Input.HelpJa", "意見を求める姿勢を見てください。"), new("Input.HelpEn", "Look at whether they seek feedback."),
        new("Input.DevelopmentJa", "メンターと振り返る。"), new("Input.DevelopmentEn", "Review with a mentor."),
    ];

    [Fact]
    public async Task Uploading_a_good_file_makes_a_draft_and_a_bad_one_changes_nothing()
    {
        using var app = new SkillMapFactory();
        var client = await app.SignedInAdminAsync();
        var json = await File.ReadAllTextAsync(RepoPaths.Combine("db", "model", "skillmap-ops.json"), TestContext.Current.CancellationToken);

        var bad = await UploadAsync(client, json.Replace("\"stage\": \"thinking\"", "\"stage\": \"reflection\""));
        var junk = await UploadAsync(client, new string('x', 20 * 1024 * 1024));
        var versionsAfterBad = await app.Data().ScalarAsync<long>("SELECT COUNT(*) FROM ModelVersion");
        var good = await UploadAsync(client, json);

        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var problems = (await Html.ParseAsync(bad)).QuerySelectorAll("#import-problems li").Select(li => li.TextContent).ToList();
        Assert.Equal(15, problems.Count);
        Assert.All(problems, p => Assert.Contains("stage", p));
        Assert.Contains(problems, p => p.Contains("Item 4 (logic.hypothesis-before-change), stage", StringComparison.Ordinal));
        Assert.Contains("larger than 4 MB", (await Html.ParseAsync(junk)).Text("#import-problems"));
        Assert.Equal(1, versionsAfterBad);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal("/admin/model/2", good.Headers.Location?.OriginalString);
        Assert.Equal(53, await app.Data().ScalarAsync<long>("SELECT COUNT(*) FROM SkillItem WHERE ModelVersionId = (SELECT Id FROM ModelVersion WHERE Version = 2)"));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string content)
    {
        var page = await client.GetPageAsync("/admin/model");
        var token = page.Form("#import-form").Fields().Single(f => f.Key == "__RequestVerificationToken").Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "file", "model.json" },
        };
        return await client.PostAsync(page.Form("#import-form").GetAttribute("action"), form);
    }

    private static string FieldError(IHtmlDocument page, string fieldId)
    {
        var field = page.GetElementById(fieldId) ?? throw new InvalidOperationException($"No field {fieldId}.");
        var container = field.Closest(".field, fieldset")!;
        return container.QuerySelector(".field-error")?.TextContent ?? "";
    }
}

