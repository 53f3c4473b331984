using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace SkillMap.Web.Data;

/// <summary>
/// Keeps data-protection keys in the database, so every app instance on it can read the others'
/// cookies and antiforgery tokens. Without a configured certificate the keys are stored unencrypted.
/// </summary>
public sealed partial class DataProtectionKeyStore(Db db) : IXmlRepository
{
    // IXmlRepository is synchronous; key reads are rare (start-up and key rotation).
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = db.OpenAsync().GetAwaiter().GetResult();
        return connection.Query<string>(Sql.AllKeys).Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = db.OpenAsync().GetAwaiter().GetResult();
        connection.Execute(Sql.InsertKey, new { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
    }

    internal static class Sql
    {
        public const string AllKeys = """
            SELECT Xml
            FROM DataProtectionKey
            ORDER BY Id
            """;

        public const string InsertKey = """
            INSERT INTO DataProtectionKey (FriendlyName, Xml)
            VALUES (@FriendlyName, @Xml)
            """;
    }
}
