namespace Seismic.Drills.Plans;

/// <summary>A plan, or why it cannot be made.</summary>
/// <param name="Plan">The plan; null when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Every problem, each naming the field and the fix.</param>
/// <param name="Warnings">Things the planner adjusted (e.g. an announcement that would already be past was left out).</param>
public sealed record DrillPlanResult(DrillPlan? Plan, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    /// <summary>True when a plan was made.</summary>
    public bool IsSuccess => Plan is not null && Errors.Count == 0;

    /// <summary>All errors on one line, for the console.</summary>
    public string Message => IsSuccess ? string.Empty : string.Join("; ", Errors);
}
