using Seismic.Drills.Messages;
using Seismic.Drills.Outbox;
using Seismic.Drills.Plans;

namespace Seismic.Drills.Tests.Messages;

public class ChinaContentRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Evaluate_RefusesThirdIdenticalText()
    {
        var d = ChinaContentRules.Default.Evaluate("A", ["A", "A"]);

        d.Verdict.Should().Be(ContentVerdict.Refuse);
        d.IdenticalBefore.Should().Be(2);
    }

    [Fact]
    public void Evaluate_AllowsSecondIdenticalText()
    {
        ChinaContentRules.Default.Evaluate("A", ["A", "B"]).Verdict.Should().Be(ContentVerdict.Allow);
    }

    [Fact]
    public void MostDistinctInWindow_CountsDifferentTextsWithinTheWindowOnly()
    {
        // Announcement two days ahead; reminder, alarm, two follow-ups and the all-clear on the day: five different
        // texts within 24 h, the announcement outside it; a repeated text counts once.
        var schedule = new (TimeSpan, string)[]
        {
            (TimeSpan.FromHours(-48), "announce"), (TimeSpan.FromHours(-1), "remind"), (TimeSpan.Zero, "alarm"),
            (TimeSpan.FromMinutes(10), "follow-up 1"), (TimeSpan.FromMinutes(20), "follow-up 2"), (TimeSpan.FromMinutes(25), "alarm"),
            (TimeSpan.FromHours(1), "all clear"),
        };

        ChinaContentRules.Default.MostDistinctInWindow(schedule).Should().Be(5);
        ChinaContentRules.Default.MostDistinctInWindow(schedule.Where(t => t.Item2 != "follow-up 2")).Should().Be(4);
    }

    [Fact]
    public void MostDistinctInWindow_KeepsATextForExactlyOneWindow_AsEvaluateDoes()
    {
        var schedule = new (TimeSpan, string)[] { (TimeSpan.Zero, "a"), (TimeSpan.FromHours(24), "b"), (TimeSpan.FromHours(23.9), "c") };
        var later = new (TimeSpan, string)[] { (TimeSpan.Zero, "a"), (TimeSpan.FromHours(24.1), "b"), (TimeSpan.FromHours(23.9), "c") };

        ChinaContentRules.Default.MostDistinctInWindow(schedule).Should().Be(3);
        ChinaContentRules.Default.MostDistinctInWindow(later).Should().Be(2);
        ChinaContentRules.Default.MostDistinctInWindow([]).Should().Be(0);
    }

    [Fact]
    public void Evaluate_FlagsFifthDifferentText_ButNotTheFourth()
    {
        ChinaContentRules.Default.Evaluate("D", ["A", "B", "C"]).Verdict.Should().Be(ContentVerdict.Allow);
        var d = ChinaContentRules.Default.Evaluate("E", ["A", "B", "C", "D"]);
        d.Verdict.Should().Be(ContentVerdict.FlagForReview);
        d.DistinctIncludingThis.Should().Be(5);
    }

    [Fact]
    public void Evaluate_CountsOnlyRowsInTheWindow_ThatReachedOrWillReachTheHandset()
    {
        var rows = new[]
        {
            Row("A", OutboxStatus.Delivered, Now.AddHours(-2)),
            Row("A", OutboxStatus.Failed, Now.AddHours(-1)),
            Row("A", OutboxStatus.Delivered, Now.AddHours(-25)),
            Row("A", OutboxStatus.Suppressed, Now.AddMinutes(-5)),
        };

        ChinaContentRules.Default.Evaluate("A", rows, Now).Verdict.Should().Be(ContentVerdict.Allow);

        var withOneMore = rows.Append(Row("A", OutboxStatus.Sent, Now.AddHours(-23)));
        ChinaContentRules.Default.Evaluate("A", withOneMore, Now).Verdict.Should().Be(ContentVerdict.Refuse);
    }

    private static OutboxMessage Row(string body, OutboxStatus status, DateTimeOffset at) =>
        new(1, "k", "d", "p", "+8613800138000", body, InjectKind.Reminder, status, 1, at, at, null, null, "SM1", at, null, null);
}
