using Seismic.Drills.Plans;

namespace Seismic.Drills.Storage.Tests.Scheduler;

/// <summary>Plans with short offsets for scheduler tests.</summary>
public static class Plans
{
    public static DrillPlan Drill(string id, DateTimeOffset t0, TimeSpan escalateAfter, string? cron = null) => new(
        id,
        "青凤社区疏散演练",
        DrillKind.EvacuationDrill,
        ["青凤社区"],
        t0,
        "Mw 6.0, 15 km SE, night",
        cron,
        [
            new DrillInject("announce", InjectKind.Announcement, TimeSpan.FromSeconds(-1), "announce-v1", "Read the plan", null),
            new DrillInject("alarm", InjectKind.Alarm, TimeSpan.Zero, "alarm-v1", "Walk to the shelter", TimeSpan.FromMinutes(15)),
            new DrillInject("allclear", InjectKind.AllClear, TimeSpan.FromSeconds(1), "allclear-v1", "Return home", null),
        ],
        ["90 % of volunteers acknowledge within 15 minutes"],
        escalateAfter,
        []);
}
