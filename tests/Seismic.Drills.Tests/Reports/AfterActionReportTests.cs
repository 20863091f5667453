using Seismic.Drills.Acks;
using Seismic.Drills.Outbox;
using Seismic.Drills.Plans;
using Seismic.Drills.Reports;
using Seismic.Drills.Rosters;

namespace Seismic.Drills.Tests.Reports;

public class AfterActionReportTests
{
    private const double Tolerance = 1e-9;
    private static readonly DateTimeOffset T0 = new(2026, 12, 2, 11, 0, 0, TimeSpan.Zero);
    private const string Qf = "青凤社区";
    private const string Df = "东风社区";

    private static readonly DrillPlan Plan = new(
        "D1", "Haizhu <b>drill</b>", DrillKind.EvacuationDrill, [Qf, Df], T0, "Mw 6.0", null,
        [
            new DrillInject("alarm", InjectKind.Alarm, TimeSpan.Zero, "alarm", "acknowledge", TimeSpan.FromMinutes(15)),
            new DrillInject("escalation-1", InjectKind.Escalation, TimeSpan.FromMinutes(15), "escalation-1", "call", TimeSpan.FromMinutes(15)),
            new DrillInject("all-clear", InjectKind.AllClear, TimeSpan.FromMinutes(60), "all-clear", "go home", null),
        ],
        ["At least 90 % acknowledge within 15 minutes."], TimeSpan.FromMinutes(15), []);

    private static readonly RosterPerson[] Roster =
    [
        Person("V1", "王伟", Qf), Person("V2", "<script>alert(1)</script>", Qf), Person("V3", "张敏", Qf), Person("V4", "刘洋", Qf),
        Person("V5", "陈静", Df), Person("V6", "杨磊", Df), Person("V7", "黄杰", Df),
        Person("A1", "周平", Qf, RosterRole.Assistant), Person("A2", "吴刚", Df, RosterRole.Assistant),
    ];

    private static RosterPerson Person(string id, string name, string community, RosterRole role = RosterRole.Volunteer) =>
        new(id, name, role, community, "南洲街道", "+86138001380" + id[1..].PadLeft(2, '0'), "zh-Hans", [], "any", ConsentState.OptedIn);

    private static long _ids;

    private static OutboxMessage Row(string dispatch, InjectKind kind, string person, OutboxStatus status, DateTimeOffset? sentAt, string? error = null) =>
        new(++_ids, dispatch + ":" + person, dispatch, person, "+8613800138000", "text", kind, status, 1, T0, T0, "w", null,
            sentAt is null ? null : "SM" + _ids, sentAt, status == OutboxStatus.Delivered ? sentAt : null, error);

    private static Acknowledgement Ack(string person, double seconds, AckKind kind = AckKind.Safe) =>
        new("D1", person, kind, AckChannel.Link, T0.AddSeconds(seconds), null);

    private static AfterActionReport Build()
    {
        var outbox = new[]
        {
            Row("D1/alarm", InjectKind.Alarm, "V1", OutboxStatus.Delivered, T0),
            Row("D1/alarm", InjectKind.Alarm, "V2", OutboxStatus.Delivered, T0),
            Row("D1/alarm", InjectKind.Alarm, "V3", OutboxStatus.Failed, null, "30003"),
            Row("D1/alarm", InjectKind.Alarm, "V4", OutboxStatus.Suppressed, null),
            Row("D1/alarm", InjectKind.Alarm, "V5", OutboxStatus.Delivered, T0),
            Row("D1/alarm", InjectKind.Alarm, "V6", OutboxStatus.Sent, T0),
            Row("D1/alarm", InjectKind.Alarm, "V7", OutboxStatus.Delivered, T0),
            Row("D1/escalation-1", InjectKind.Escalation, "A1", OutboxStatus.Delivered, T0.AddMinutes(16)),
            Row("D1/escalation-1", InjectKind.Escalation, "A2", OutboxStatus.Delivered, T0.AddMinutes(16)),
        };
        var acks = new[]
        {
            Ack("V6", -86_400), // a tap on the reminder's link the day before: not an answer to the alarm
            Ack("V7", -3_600),
            Ack("V1", 60),
            Ack("V2", 300, AckKind.NeedHelp),
            Ack("V6", 600),
            Ack("V5", 1200),
        };
        return AfterActionReport.Build(Plan, Roster, outbox, acks, T0.AddHours(2));
    }

    [Fact]
    public void Percentile_MatchesHandComputation()
    {
        double[] tenths = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        // Definition 7: h = (n−1)p; p = 0.9 → h = 8.1 → 9 + 0.1 × (10 − 9) = 9.1.
        Percentile.OfSorted(tenths, 0.9).Should().BeApproximately(9.1, Tolerance);
        Percentile.OfSorted(tenths, 0.5).Should().BeApproximately(5.5, Tolerance);
        // h = 4 × 0.4 = 1.6 → 20 + 0.6 × (35 − 20) = 29.
        Percentile.OfSorted([15, 20, 35, 40, 50], 0.4).Should().BeApproximately(29, Tolerance);
        Percentile.OfSorted([7], 0.9).Should().BeApproximately(7, Tolerance);
        Percentile.OfSorted(tenths, 1).Should().BeApproximately(10, Tolerance);
        Percentile.OfSorted(tenths, 0).Should().BeApproximately(1, Tolerance);
    }

    [Fact]
    public void Build_CountsDeliveryAndAnswers_PerCommunity()
    {
        var report = Build();

        report.Communities.Select(c => c.Community).Should().Equal(Qf, Df);
        var qf = report.Communities[0];
        qf.Should().BeEquivalentTo(new { Recipients = 3, Sent = 2, Delivered = 2, Failed = 1, OptedOut = 1, Accounted = 2, NeedHelp = 1, Missing = 1 });
        qf.AckRate.Should().BeApproximately(2.0 / 3, Tolerance);
        qf.MedianAckSeconds!.Value.Should().BeApproximately(180, Tolerance);
        qf.P90AckSeconds!.Value.Should().BeApproximately(276, Tolerance); // 60 + 0.9 × (300 − 60)

        var df = report.Communities[1];
        df.Should().BeEquivalentTo(new { Recipients = 3, Sent = 3, Delivered = 2, Failed = 0, Accounted = 2, Missing = 1 });
        df.AckWithinWindowRate.Should().BeApproximately(1.0 / 3, Tolerance, "only the 600 s answer is within 15 min");
        df.P90AckSeconds!.Value.Should().BeApproximately(1140, Tolerance); // 600 + 0.9 × 600
    }

    [Fact]
    public void Build_DistrictTotals_UseEveryRecipientsTimeToAnswer()
    {
        var d = Build().District;

        d.Should().BeEquivalentTo(new { Community = "district", Recipients = 6, Sent = 5, Delivered = 4, Failed = 1, OptedOut = 1, Accounted = 4, NeedHelp = 1, Missing = 2 });
        d.DeliveryRate.Should().BeApproximately(4.0 / 6, Tolerance);
        d.AckRate.Should().BeApproximately(4.0 / 6, Tolerance);
        d.AckWithinWindowRate.Should().BeApproximately(3.0 / 6, Tolerance);
        // Sorted times 60, 300, 600, 1200: median h = 1.5 → 450; p90 h = 2.7 → 600 + 0.7 × 600 = 1020.
        d.MedianAckSeconds!.Value.Should().BeApproximately(450, Tolerance);
        d.P90AckSeconds!.Value.Should().BeApproximately(1020, Tolerance);
    }

    [Fact]
    public void Build_ListsNeedHelp_Escalations_AndInjectsAgainstPlan()
    {
        var report = Build();

        report.NeedHelp.Should().ContainSingle().Which.Should().BeEquivalentTo(new { PersonId = "V2", Community = Qf, At = T0.AddSeconds(300) });
        report.EscalationMessages.Should().Be(2);
        report.EscalationLevels.Should().Be(1);

        var alarm = report.Injects.Single(i => i.InjectId == "alarm");
        alarm.SentOnTime.Should().BeTrue();
        alarm.ObservedWithin.Should().Be(TimeSpan.FromSeconds(1020));
        alarm.Met.Should().BeFalse("17 min > 15 min");
        report.Injects.Single(i => i.InjectId == "escalation-1").Met.Should().BeTrue("sent 1 min late, within the 5 min tolerance");
        report.Injects.Single(i => i.InjectId == "all-clear").Should().BeEquivalentTo(new { FirstSentAt = (DateTimeOffset?)null, Messages = 0, Met = (bool?)null });
    }

    [Fact]
    public void Build_MeasuresObjectives_AndWritesAnImprovementPlan()
    {
        var report = Build();

        report.Objectives.Select(o => (o.Observed, o.Met)).Should().Equal(("50.0 %", false), ("66.7 %", false), ("17.0 min", false), ("2", false));
        report.Improvements.Select(i => i.Area).Should().Equal(Qf, Qf, Df, "district", "alarm");
        report.Improvements[0].Finding.Should().Be("acknowledgement rate 66.7 % < objective 90.0 % (1 of 3 missing)");
        report.Improvements[1].Finding.Should().Contain("1 messages failed");
    }

    [Fact]
    public void Build_HasNoFindings_WhenEveryoneAnswersInTime()
    {
        var outbox = new[] { Row("D1/alarm", InjectKind.Alarm, "V1", OutboxStatus.Delivered, T0) };
        var report = AfterActionReport.Build(Plan with { Communities = [Qf] }, Roster, outbox, [Ack("V1", 30)], T0.AddHours(1));

        report.Improvements.Should().BeEmpty();
        report.Objectives.Should().OnlyContain(o => o.Met);
        AfterActionHtmlWriter.Write(report).Should().Contain("No shortfall against the objectives");
    }

    [Fact]
    public void Build_ChecksArrival_AgainstTheLongestWalkPlusMargin()
    {
        // Longest served walk 400 s → 7 min + 5 min margin = 12 min = 720 s; answers at 60, 300, 600 s arrive in time,
        // 1200 s does not: 3 of 6 recipients.
        var withRoutes = Plan with { Routes = [new BuildingRoute("B1", Qf, "S1", "青凤公园", 400, 500), new BuildingRoute("B2", Df, null, null, double.NaN, double.NaN)] };
        var outbox = new[]
        {
            Row("D1/alarm", InjectKind.Alarm, "V1", OutboxStatus.Delivered, T0), Row("D1/alarm", InjectKind.Alarm, "V2", OutboxStatus.Delivered, T0),
            Row("D1/alarm", InjectKind.Alarm, "V3", OutboxStatus.Delivered, T0), Row("D1/alarm", InjectKind.Alarm, "V5", OutboxStatus.Delivered, T0),
            Row("D1/alarm", InjectKind.Alarm, "V6", OutboxStatus.Delivered, T0), Row("D1/alarm", InjectKind.Alarm, "V7", OutboxStatus.Delivered, T0),
        };

        var report = AfterActionReport.Build(withRoutes, Roster, outbox, [Ack("V1", 60), Ack("V2", 300), Ack("V5", 600), Ack("V6", 1200)], T0.AddHours(1));

        report.Objectives[^1].Should().BeEquivalentTo(new ObjectiveResult("Participants report arrival at the shelter within 12 min", "100.0 %", "50.0 %", false));
    }

    [Fact]
    public void CsvWriter_WritesOneRowPerCommunity_ThenTheDistrict()
    {
        var lines = AfterActionCsvWriter.Write(Build()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        lines.Should().HaveCount(4);
        lines[0].Should().StartWith("community,recipients,sent,delivered");
        lines[1].Should().Be("青凤社区,3,2,2,1,1,2,1,1,0.6667,0.6667,0.6667,180,276");
        lines[3].Should().StartWith("district,6,5,4,1,1,4,1,2,");
    }

    [Fact]
    public void HtmlWriter_EscapesUserText_AndNeedsNothingExternal()
    {
        var html = AfterActionHtmlWriter.Write(Build());

        html.Should().StartWith("<!DOCTYPE html>");
        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.NotContain("<script");
        html.Should().Contain("Haizhu &lt;b&gt;drill&lt;/b&gt;");
        html.Should().NotContain("http://").And.NotContain("https://");
        html.Should().Contain("送达率 Delivery rate").And.Contain("改进计划 Improvement plan").And.Contain("2026-12-02 19:00");
    }
}
