using System.Net;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Account;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Features.Account;

public sealed class AccountErasureTests
{
    [Fact]
    public async Task Forgetting_a_person_removes_every_way_they_could_sign_in_and_nothing_of_anyone_else()
    {
        using var app = TestAccounts.Production();
        await app.PersonAsync("Root Admin", "root@example.jp", role: "admin");
        var leaver = await app.PersonAsync("Leaver", "leaver@example.jp");
        var admin = await app.SignedInAsync("root@example.jp");
        var invite = await admin.GetPageAsync($"/admin/people/{leaver}/invitation");
        await admin.SubmitAsync(invite.Form("#invite-form"), $"/admin/people/{leaver}/invitation");
        var org = new TestOrganisation(app.Service<Db>());
        await org.ExecuteAsync("INSERT INTO ExternalLogin (Issuer, Subject, PersonId, LinkedAt) VALUES ('https://issuer.test', 'leaver', @leaver, @now)", new { leaver, now = DateTime.UtcNow });

        await app.Service<Db>().WriteAsync(async (connection, transaction) =>
        {
            await new AccountErasureStep().RunAsync(connection, transaction, leaver, default);
            return 0;
        });

        foreach (var table in new[] { "Credential", "AccountToken", "ExternalLogin" })
        {
            Assert.Equal(0, await org.ScalarAsync<long>($"SELECT COUNT(*) FROM {table} WHERE PersonId = @leaver", new { leaver }));
        }
        Assert.Equal(HttpStatusCode.OK, (await app.CreateBrowserClient().SignInWithPasswordAsync("leaver@example.jp")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserClient().SignInWithPasswordAsync("root@example.jp")).StatusCode);
    }
}
