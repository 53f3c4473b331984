namespace SkillMap.Web.Features.Audit;

/// <summary>The names audit entries use, so the admin page can filter on them. Add new ones here.</summary>
public static class AuditAction
{
    public const string SignInSucceeded = "signin.succeeded";
    public const string SignInFailed = "signin.failed";
    public const string SignOut = "signout";
    public const string SetupCompleted = "setup.completed";
    public const string InvitationCreated = "invitation.created";
    public const string InvitationAccepted = "invitation.accepted";
    public const string PasswordResetRequested = "password.reset.requested";
    public const string PasswordReset = "password.reset";
    public const string PasswordChanged = "password.changed";
    public const string ExternalLoginLinked = "externallogin.linked";
    public const string RoundClosed = "round.closed";

    // Organisation (issue 5b). Details name ids and roles, never a person's name or email.
    public const string TeamCreated = "team.created";
    public const string TeamChanged = "team.changed";
    public const string TeamArchived = "team.archived";
    public const string TeamRestored = "team.restored";
    public const string ManagerAssigned = "team.manager-assigned";
    public const string ManagerRemoved = "team.manager-removed";
    public const string UnitCreated = "unit.created";
    public const string UnitChanged = "unit.changed";
    public const string UnitArchived = "unit.archived";
    public const string PersonCreated = "person.created";
    public const string PersonChanged = "person.changed";
    public const string RoleChanged = "person.role-changed";
    public const string PersonMoved = "person.moved";
    public const string PersonDeactivated = "person.deactivated";
    public const string PersonReactivated = "person.reactivated";
    public const string PersonErased = "person.erased";
    public const string OrganisationImported = "organisation.imported";
    public const string OrganisationExported = "organisation.exported";
    public const string PlansExported = "plans.exported";
    public const string MyDataDownloaded = "mydata.downloaded";
    public const string OperationsFiguresSaved = "operations.figures.saved";
    public const string RoundCreated = "round.created";
    public const string RoundUpdated = "round.updated";
    public const string RoundOpened = "round.opened";
    public const string RoundOpenScheduled = "round.open-scheduled";
    public const string RoundOpenFailed = "round.open-failed";
    public const string RoundDeadlineExtended = "round.deadline-extended";
    public const string RoundCloseRequested = "round.close-requested";
    public const string RoundPeersChanged = "round.peers-changed";
    public const string RoundPeersNominated = "round.peers-nominated";
    public const string RoundResultsReleased = "round.results-released";
    public const string RoundCommentHidden = "round.comment-hidden";
    public const string RoundCommentShown = "round.comment-shown";
    public const string RoundArchived = "round.archived";
    public const string RoundPurged = "round.purged";
    public const string RoundRemindersSent = "round.reminders-sent";
    public const string PlanAgreed = "plan.agreed";
    public const string PlanApproved = "plan.approved";
    public const string ModelDraftCreated = "model.draft-created";
    public const string ModelImported = "model.imported";
    public const string ModelItemSaved = "model.item-saved";
    public const string ModelItemMoved = "model.item-moved";
    public const string ModelItemRetired = "model.item-retired";
    public const string ModelItemRestored = "model.item-restored";
    public const string ModelPublished = "model.published";
    public const string ModelRetired = "model.retired";
    public const string ModelDraftDeleted = "model.draft-deleted";
}
