using System.Data.Common;
using Dapper;
using SkillMap.Core.People;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Audit;

namespace SkillMap.Web.Features.Account;

/// <summary>
/// The one-time setup of an install without demo mode: creates the first admin. Once any admin exists
/// (or setup ran) it is gone; two setups racing create one admin (the single-row SetupCompleted table).
/// </summary>
public sealed partial class FirstAdmin(Db db, Credentials credentials, AuditLog audit, TimeProvider clock)
{
    public enum Outcome
    {
        Created,
        AlreadyDone,
        EmailInUse,
    }

    public sealed record NewAdmin(string DisplayName, string Email, string Language, string? Password);

    public async Task<bool> IsNeededAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(Sql.Done) == 0;
    }

    public async Task<(Outcome Outcome, int PersonId)> CreateAsync(NewAdmin admin, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.WriteAsync(async (connection, transaction) =>
            {
                if (await connection.ExecuteScalarAsync<int>(Sql.Done, transaction: transaction) > 0)
                {
                    return (Outcome.AlreadyDone, 0);
                }
                var personId = await InsertAsync(connection, transaction, admin);
                await connection.ExecuteAsync(Sql.Complete, new { PersonId = personId, CompletedAt = clock.GetUtcNow().UtcDateTime }, transaction);
                if (admin.Password is not null)
                {
                    await credentials.SetPasswordAsync(connection, transaction, personId, admin.Password);
                }
                await audit.RecordAsync(connection, transaction, new AuditLog.Entry(AuditAction.SetupCompleted, personId, "person", personId));
                return (Outcome.Created, personId);
            }, cancellationToken);
        }
        catch (DbException exception) when (Dialect.IsUniqueViolation(exception))
        {
            // Either another setup won the race (SetupCompleted) or a person already has the address.
            return (await IsNeededAsync(cancellationToken) ? Outcome.EmailInUse : Outcome.AlreadyDone, 0);
        }
    }

    private Task<int> InsertAsync(DbConnection connection, DbTransaction transaction, NewAdmin admin) =>
        connection.ExecuteScalarAsync<int>(db.Dialect.Pick(Sql.InsertAdminSqlite, Sql.InsertAdmin), new
        {
            DisplayName = admin.DisplayName.Trim(),
            Email = EmailAddress.Clean(admin.Email),
            NormalizedEmail = EmailAddress.Normalize(admin.Email),
            admin.Language,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        }, transaction);
}
