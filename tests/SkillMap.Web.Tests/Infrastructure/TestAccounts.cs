using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SkillMap.Core.People;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Account;

namespace SkillMap.Web.Tests.Infrastructure;

/// <summary>Real (non-demo) people with passwords, and signing in through the real sign-in form.</summary>
public static class TestAccounts
{
    public const string Password = "correct horse battery staple";

    /// <summary>An install without demo mode; settings are "Key=value" pairs over the defaults.</summary>
    public static SkillMapFactory Production(params string[] settings) => Production(null, settings);

    public static SkillMapFactory Production(Action<IServiceCollection>? services, params string[] settings)
    {
        var values = new Dictionary<string, string?> { ["Demo:Enabled"] = "false" };
        foreach (var setting in settings)
        {
            var at = setting.IndexOf('=', StringComparison.Ordinal);
            values[setting[..at]] = setting[(at + 1)..];
        }
        return new SkillMapFactory(values) { TestServices = services };
    }

    /// <summary>A person with an email address and, unless <paramref name="password"/> is null, a password.</summary>
    public static async Task<int> PersonAsync(this SkillMapFactory app, string name, string email, string role = "member", int? teamId = null, string? password = Password, string language = "en")
    {
        var db = app.Service<Db>();
        var org = new TestOrganisation(db);
        var id = await org.PersonAsync(name, teamId, role, demo: false);
        await org.ExecuteAsync(
            "UPDATE Person SET Email = @email, NormalizedEmail = @normalized, Language = @language WHERE Id = @id",
            new { email, normalized = EmailAddress.Normalize(email), language, id });
        if (password is not null)
        {
            await app.InScopeAsync(async services =>
                await db.WriteAsync(async (connection, transaction) =>
                {
                    await services.GetRequiredService<Credentials>().SetPasswordAsync(connection, transaction, id, password);
                    return 0;
                }));
        }
        return id;
    }

    public static async Task<HttpResponseMessage> SignInWithPasswordAsync(this HttpClient client, string email, string password = Password, string url = "/signin")
    {
        var page = await client.GetPageAsync(url);
        return await client.SubmitAsync(page.Form("#sign-in-form"), url, [new("Input.Email", email), new("Input.Password", password)]);
    }

    /// <summary>Signs in and checks it worked.</summary>
    public static async Task<HttpClient> SignedInAsync(this SkillMapFactory app, string email, string password = Password)
    {
        var client = app.CreateBrowserClient();
        var response = await client.SignInWithPasswordAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The signed-in person's name in the header, or null when nobody is signed in.</summary>
    public static async Task<string?> WhoAmIAsync(this HttpClient client) =>
        (await client.GetPageAsync("/")).QuerySelector(".person-name")?.TextContent;
}
