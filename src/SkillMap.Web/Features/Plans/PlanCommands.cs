using Dapper;
using SkillMap.Core.Plans;
using SkillMap.Core.SkillModel;
using SkillMap.Web.Data;
using SkillMap.Web.Features.Audit;

namespace SkillMap.Web.Features.Plans;

/// <summary>
/// Changes to a plan, each one short write transaction. Changing what a plan says (an action added,
/// removed or reworded, its owner or due date) takes it back to "proposed": the person agrees again
/// and a manager approves again. Moving an action's status does not.
/// </summary>
public sealed partial class PlanCommands(Db db, TimeProvider clock, AuditLog audit)
{
    public sealed record ActionInput
    {
        public int? SkillItemId { get; init; }
        public ActionType ActionType { get; init; }
        public string? Body { get; init; }
        public int? OwnerId { get; init; }
        public DateTime? DueDate { get; init; }
        public ActionStatus Status { get; init; }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<bool> AgreeAsync(int planId, int personId, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
        {
            if (await connection.ExecuteAsync(Sql.Agree, new { PlanId = planId, PersonId = personId, Now }, transaction) == 0)
            {
                return false;
            }
            await audit.RecordAsync(connection, transaction, new AuditLog.Entry(AuditAction.PlanAgreed, personId, "plan", planId));
            return true;
        }, cancellationToken);

    public Task<bool> ApproveAsync(int planId, int actorId, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
        {
            if (await connection.ExecuteAsync(Sql.Approve, new { PlanId = planId, ActorId = actorId, Now }, transaction) == 0)
            {
                return false;
            }
            await audit.RecordAsync(connection, transaction, new AuditLog.Entry(AuditAction.PlanApproved, actorId, "plan", planId));
            return true;
        }, cancellationToken);

    public Task CommentAsync(int planId, int authorId, string body, CancellationToken cancellationToken = default) =>
        db.WriteAsync((connection, transaction) =>
            connection.ExecuteAsync(Sql.Comment, new { PlanId = planId, AuthorId = authorId, Body = body, Now }, transaction), cancellationToken);

    public Task<bool> SetStatusAsync(int planId, int actionId, ActionStatus status, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
            await connection.ExecuteAsync(Sql.SetStatus, new { PlanId = planId, ActionId = actionId, Status = Slug.Of(status), Now }, transaction) > 0,
            cancellationToken);

    /// <returns>False when the action is not in this plan.</returns>
    public Task<bool> SaveActionAsync(int planId, int? actionId, ActionInput input, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
        {
            var p = new
            {
                PlanId = planId,
                ActionId = actionId,
                input.SkillItemId,
                ActionType = Slug.Of(input.ActionType),
                Body = string.IsNullOrWhiteSpace(input.Body) ? null : input.Body.Trim(),
                input.OwnerId,
                input.DueDate,
                Status = Slug.Of(input.Status),
                Now,
            };
            var changed = actionId is null
                ? await connection.ExecuteAsync(Sql.InsertAction, p, transaction)
                : await connection.ExecuteAsync(Sql.UpdateAction, p, transaction);
            if (changed > 0)
            {
                await connection.ExecuteAsync(Sql.Reopen, p, transaction);
            }
            return changed > 0;
        }, cancellationToken);

    public Task<bool> RemoveActionAsync(int planId, int actionId, CancellationToken cancellationToken = default) =>
        db.WriteAsync(async (connection, transaction) =>
        {
            var p = new { PlanId = planId, ActionId = actionId, Now };
            var removed = await connection.ExecuteAsync(Sql.RemoveAction, p, transaction);
            if (removed > 0)
            {
                await connection.ExecuteAsync(Sql.Reopen, p, transaction);
            }
            return removed > 0;
        }, cancellationToken);
}
