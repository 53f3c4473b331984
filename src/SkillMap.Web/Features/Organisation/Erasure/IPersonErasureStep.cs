using System.Data.Common;

namespace SkillMap.Web.Features.Organisation.Erasure;

/// <summary>
/// A feature that keeps its own data about a person (plans, rollups, accounts…) registers a step that
/// removes it; steps run inside the erasure's transaction, before the person's row is emptied.
/// The erasure test fails for any table that still points at an erased person.
/// </summary>
public interface IPersonErasureStep
{
    Task RunAsync(DbConnection connection, DbTransaction transaction, int personId, CancellationToken cancellationToken);
}
