using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SkillMap.Core.People;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Account;
using SkillMap.Web.Features.Audit;
using SkillMap.Web.Tests.Infrastructure;

namespace SkillMap.Web.Tests.Data;

/// <summary>Accounts under concurrency, on every engine: two app instances are two connections to one database.</summary>
public abstract partial class DataLayerTests
{
    private static Credentials CredentialsOn(Db db, int maxFailed = 5) =>
        new(db, new PasswordHasher<Credential>(), TimeProvider.System, Options.Create(new AccountOptions { Lockout = { MaxFailedAttempts = maxFailed } }));

    private static FirstAdmin SetupOn(Db db) => new(db, CredentialsOn(db), new AuditLog(db, TimeProvider.System), TimeProvider.System);

    [Fact]
    public async Task Two_instances_running_setup_at_once_create_one_admin()
    {
        var other = SecondConnectionTo(Database);

        var outcomes = await Task.WhenAll(
            SetupOn(Database).CreateAsync(new FirstAdmin.NewAdmin("Admin A", "a@example.jp", "ja", TestAccounts.Password)),
            SetupOn(other).CreateAsync(new FirstAdmin.NewAdmin("Admin B", "b@example.jp", "en", TestAccounts.Password)));

        Assert.Single(outcomes, o => o.Outcome == FirstAdmin.Outcome.Created);
        Assert.Single(outcomes, o => o.Outcome == FirstAdmin.Outcome.AlreadyDone);
        var org = new TestOrganisation(Database);
        Assert.Equal(1, await org.ScalarAsync<int>("SELECT COUNT(*) FROM Person WHERE Role = 'admin'"));
        Assert.Equal(1, await org.ScalarAsync<int>("SELECT COUNT(*) FROM Credential"));
        Assert.False(await SetupOn(other).IsNeededAsync());
    }

    [Fact]
    public async Task Failed_attempts_from_two_instances_at_once_all_count_towards_one_lockout()
    {
        await SetupOn(Database).CreateAsync(new FirstAdmin.NewAdmin("Admin", "admin@example.jp", "ja", TestAccounts.Password));
        var instances = new[] { CredentialsOn(Database, maxFailed: 6), CredentialsOn(SecondConnectionTo(Database), maxFailed: 6) };
        var person = await instances[0].FindByEmailAsync(EmailAddress.Normalize("admin@example.jp")!);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => instances[i % 2].CheckAsync(person, "wrong password " + i)));

        var locked = await instances[1].FindByEmailAsync(EmailAddress.Normalize("admin@example.jp")!);
        Assert.True(locked!.LockoutEnd > DateTime.UtcNow);
        Assert.Equal(PasswordCheck.Refused, await instances[0].CheckAsync(locked, TestAccounts.Password));
    }

    [Fact]
    public async Task A_link_used_from_two_instances_at_once_is_used_once()
    {
        var (_, adminId) = await SetupOn(Database).CreateAsync(new FirstAdmin.NewAdmin("Admin", "admin@example.jp", "ja", TestAccounts.Password));
        var tokens = new AccountTokens(Database, TimeProvider.System);
        var (token, _) = await Database.WriteAsync((c, t) => tokens.CreateAsync(c, t, adminId, AccountTokens.Reset, null, TimeSpan.FromHours(1)));
        var holder = (await tokens.FindAsync(token, AccountTokens.Reset))!;
        var dbs = new[] { Database, SecondConnectionTo(Database) };

        var used = await Task.WhenAll(dbs.Select(db => db.WriteAsync((c, t) => new AccountTokens(db, TimeProvider.System).UseAsync(c, t, holder))));

        Assert.Single(used, u => u);
        Assert.Null(await tokens.FindAsync(token, AccountTokens.Reset));
    }
}
