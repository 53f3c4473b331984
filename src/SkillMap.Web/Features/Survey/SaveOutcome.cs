namespace SkillMap.Web.Features.Survey;

public enum SaveOutcome
{
    /// <summary>The answers are stored and the sheet's revision moved on.</summary>
    Saved,

    /// <summary>The same answers were already stored (a double click or a retried post): nothing changed.</summary>
    AlreadySaved,

    /// <summary>The sheet changed since the form was loaded, and these answers differ: refused.</summary>
    Stale,

    /// <summary>The round is not open for this rater (closed, not in scope, not assigned): refused.</summary>
    NotOpen,
}
