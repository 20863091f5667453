using Seismic.Drills.Plans;

namespace Seismic.Drills.Storage.Tests.Stores;

/// <summary>The drill plan contract (IDrillStore's documentation), run against every backend.</summary>
public abstract class DrillStoreContract(Backend backend) : StoreTestBase(backend)
{
    public static DrillPlan Plan(string id, DateTimeOffset startsAt, string? cron = null) => new(
        id,
        "青凤社区疏散演练",
        DrillKind.EvacuationDrill,
        ["青凤社区", "南洲社区"],
        startsAt,
        "Mw 6.0, 15 km SE, night",
        cron,
        [
            new DrillInject("announce", InjectKind.Announcement, TimeSpan.FromDays(-7), "announce-v1", "Read the plan", null),
            new DrillInject("alarm", InjectKind.Alarm, TimeSpan.Zero, "alarm-v1", "Walk to the shelter and acknowledge", TimeSpan.FromMinutes(15)),
            new DrillInject("allclear", InjectKind.AllClear, TimeSpan.FromMinutes(45), "allclear-v1", "Return home", null),
        ],
        ["90 % of volunteers acknowledge within 15 minutes", "Every building cleared within 20 minutes"],
        TimeSpan.FromMinutes(10),
        [
            new BuildingRoute("B0001", "青凤社区", "S01", "青凤小学操场", 312.5, 402.25),
            new BuildingRoute("B0002", "南洲社区", null, null, double.NaN, double.NaN),
        ]);

    [Fact]
    public async Task Save_ThenGet_ReturnsAnEqualPlan_IncludingUnservedBuildingsAndNegativeOffsets()
    {
        DrillPlan plan = Plan("D2026-0001", Samples.T0);
        await Storage.Drills.SaveAsync(plan);

        DrillPlan? stored = await Storage.Drills.GetAsync("D2026-0001");

        stored.Should().BeEquivalentTo(plan, o => o.WithStrictOrdering());
        stored!.Routes[1].WalkSeconds.Should().Be(double.NaN);
        stored.Routes[0].WalkSeconds.Should().BeApproximately(312.5, 1e-12);
        (await Storage.Drills.GetAsync("D-none")).Should().BeNull();
    }

    [Fact]
    public async Task Save_ReplacesAPlanWithTheSameId_AndListIsOrderedByStart()
    {
        await Storage.Drills.SaveAsync(Plan("D2", Samples.T0.AddDays(3)));
        await Storage.Drills.SaveAsync(Plan("D1", Samples.T0.AddDays(5)));
        DrillPlan moved = Plan("D1", Samples.T0.AddDays(1), cron: "0 9 * * 6") with { Injects = [], Title = "周六培训", Kind = DrillKind.Training };
        await Storage.Drills.SaveAsync(moved);

        IReadOnlyList<DrillPlan> plans = await Storage.Drills.ListAsync();

        plans.Select(p => p.Id).Should().Equal("D1", "D2");
        plans[0].Should().BeEquivalentTo(moved, o => o.WithStrictOrdering());
    }
}
