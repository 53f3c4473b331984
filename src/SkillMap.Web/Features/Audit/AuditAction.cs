namespace SkillMap.Web.Features.Audit;

/// <summary>The names audit entries use, so the admin page can filter on them. Add new ones here.</summary>
public static class AuditAction
{
    public const string SignInSucceeded = "signin.succeeded";
    public const string SignInFailed = "signin.failed";
    public const string SignOut = "signout";
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
    public const string MyDataDownloaded = "mydata.downloaded";
    public const string PlanAgreed = "plan.agreed";
    public const string PlanApproved = "plan.approved";
}
