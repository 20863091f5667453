using Seismic.Drills;
using Seismic.Drills.Plans;

namespace Seismic.Drills.Tests.Plans;

public class DrillPlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 9, 0, 0, TimeSpan.FromHours(8));
    private static readonly string[] Known = ["青凤社区", "东风社区", "南华社区"];

    private static readonly BuildingRoute[] Routes =
    [
        new("B1", "青凤社区", "S1", "青凤公园", 250, 320),
        new("B2", "青凤社区", "S1", "青凤公园", 610, 780),
        new("B3", "东风社区", "S2", "东风广场", 1200, 1500),
        new("B4", "青凤社区", null, null, double.NaN, double.NaN),
    ];

    private static DrillPlanRequest Request(DateTime? local = null, string? cron = null) => new(
        "D2026-0001", "青凤社区疏散演练", DrillKind.EvacuationDrill, ["青凤社区"],
        local ?? new DateTime(2026, 12, 2, 19, 0, 0), "Mw 6.0, 15 km SE, night", Routes, cron);

    [Fact]
    public void Plan_BuildsTheDefaultMsel_AroundT0InShanghai()
    {
        var result = DrillPlanner.Plan(Request(), Known, Now);

        result.IsSuccess.Should().BeTrue(result.Message);
        var plan = result.Plan!;
        plan.StartsAt.Should().Be(new DateTimeOffset(2026, 12, 2, 11, 0, 0, TimeSpan.Zero));
        plan.Injects.Select(i => (i.Id, i.Kind, i.Offset)).Should().Equal(
            ("announce", InjectKind.Announcement, TimeSpan.FromDays(-7)),
            ("remind", InjectKind.Reminder, TimeSpan.FromDays(-1)),
            ("alarm", InjectKind.Alarm, TimeSpan.Zero),
            ("escalation-1", InjectKind.Escalation, TimeSpan.FromMinutes(15)),
            ("escalation-2", InjectKind.Escalation, TimeSpan.FromMinutes(30)),
            ("all-clear", InjectKind.AllClear, TimeSpan.FromMinutes(60)));
        plan.Injects.Single(i => i.Id == "alarm").ExpectedWithin.Should().Be(TimeSpan.FromMinutes(15));
        plan.Injects.Select(i => i.TemplateId).Should().Equal("announcement", "reminder", "alarm", "escalation-1", "escalation-2", "all-clear");
        plan.EscalateAfter.Should().Be(TimeSpan.FromMinutes(15));
    }

    [Fact]
    public void Plan_KeepsOnlyTargetRoutes_AndSetsTheArrivalObjective_FromTheLongestWalk()
    {
        var plan = DrillPlanner.Plan(Request(), Known, Now).Plan!;

        plan.Routes.Select(r => r.BuildingId).Should().Equal("B1", "B2", "B4");
        // Longest served walk 610 s → 11 min (rounded up) + 5 min margin = 16 min.
        plan.Injects.Single(i => i.Id == "alarm").ExpectedAction.Should().Contain("within 16 min");
        plan.Objectives.Should().Contain(o => o.Contains("within 16 minutes") && o.Contains("longest route 11 min"));
        plan.Objectives.Should().Contain(o => o.StartsWith("At least 90 % of target volunteers acknowledge"));
        DrillPlanner.Plan(Request(), Known, Now).Warnings.Should().Contain(w => w.Contains("1 buildings in 青凤社区 have no shelter"));
    }

    [Fact]
    public void Plan_PlacesEscalations_AtNAnd2N()
    {
        var request = Request() with { EscalateAfter = TimeSpan.FromMinutes(10), AllClearAfter = TimeSpan.FromMinutes(45) };

        var plan = DrillPlanner.Plan(request, Known, Now).Plan!;

        plan.Injects.Where(i => i.Kind == InjectKind.Escalation).Select(i => i.Offset)
            .Should().Equal(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(20));
        plan.Injects[^1].Offset.Should().Be(TimeSpan.FromMinutes(45));
    }

    [Fact]
    public void Plan_ListsEveryError_ForUnknownCommunityPastT0AndBadTimings()
    {
        var request = Request(new DateTime(2026, 10, 1, 19, 0, 0)) with
        {
            Communities = ["青凤社区", "火星社区"],
            EscalateAfter = TimeSpan.FromMinutes(40),
        };

        var result = DrillPlanner.Plan(request, Known, Now);

        result.IsSuccess.Should().BeFalse();
        result.Plan.Should().BeNull();
        result.Errors.Should().HaveCount(3);
        result.Message.Should().Contain("unknown community '火星社区'").And.Contain("is in the past").And.Contain("must come after the second escalation");
    }

    [Fact]
    public void Plan_LeavesOutAnnouncement_ThatWouldAlreadyBePast()
    {
        var result = DrillPlanner.Plan(Request(new DateTime(2026, 11, 4, 19, 0, 0)), Known, Now);

        result.IsSuccess.Should().BeTrue(result.Message);
        result.Plan!.Injects.Select(i => i.Id).Should().NotContain("announce").And.Contain("remind");
        result.Warnings.Should().Contain(w => w.StartsWith("announce at 2026-10-28 19:00"));
    }

    [Fact]
    public void Plan_KeepsPastAnnouncementAndReminder_ForADrillRunAtOnce()
    {
        var request = Request(new DateTime(2026, 11, 1, 9, 1, 0)) with { KeepPastEarlyInjects = true };

        var result = DrillPlanner.Plan(request, Known, Now);

        result.Plan!.Injects.Select(i => i.Id).Should().StartWith(["announce", "remind", "alarm"]);
        result.Warnings.Should().NotContain(w => w.Contains("past"));
    }

    [Fact]
    public void Plan_StartsARecurringTraining_AtItsNextCronOccurrence()
    {
        var request = Request() with { LocalStart = null, Cron = "30 19 * * 3", Kind = DrillKind.Training };

        var plan = DrillPlanner.Plan(request, Known, Now).Plan!;

        // 2026-11-01 is a Sunday; the next Wednesday is 2026-11-04, 19:30 in Shanghai.
        plan.StartsAt.Should().Be(new DateTimeOffset(2026, 11, 4, 19, 30, 0, TimeSpan.FromHours(8)));
        plan.Cron.Should().Be("30 19 * * 3");
    }

    [Fact]
    public void Cron_ListsNextOccurrences_InShanghai()
    {
        var next = DrillCron.NextOccurrences("0 19 * * 3", new DateTimeOffset(2026, 12, 2, 11, 0, 0, TimeSpan.Zero), 3);

        next.Should().Equal(
            new DateTimeOffset(2026, 12, 9, 19, 0, 0, TimeSpan.FromHours(8)),
            new DateTimeOffset(2026, 12, 16, 19, 0, 0, TimeSpan.FromHours(8)),
            new DateTimeOffset(2026, 12, 23, 19, 0, 0, TimeSpan.FromHours(8)));
        next.Should().OnlyContain(t => t.Offset == TimeSpan.FromHours(8));
    }

    [Theory]
    [InlineData("0 19 * *")]
    [InlineData("0 0 19 * * 3")]
    [InlineData("61 19 * * 3")]
    [InlineData("0 19 * * funday")]
    public void Cron_RefusesExpressions_ThatAreNotFiveValidFields(string cron)
    {
        DrillCron.TryValidate(cron, out var error).Should().BeFalse();
        error.Should().Contain(cron);
        var act = () => DrillCron.NextOccurrences(cron, Now, 1);
        act.Should().Throw<DrillInputException>();
        DrillPlanner.Plan(Request() with { Cron = cron }, Known, Now).IsSuccess.Should().BeFalse();
    }
}
