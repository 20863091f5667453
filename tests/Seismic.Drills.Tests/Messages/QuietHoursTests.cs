using Seismic.Drills.Messages;
using Seismic.Drills.Plans;

namespace Seismic.Drills.Tests.Messages;

public class QuietHoursTests
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);

    private static DateTimeOffset Local(int day, int hour, int minute, int second = 0) => new(2026, 12, day, hour, minute, second, Cst);

    [Theory]
    [InlineData(21, 59, 0)]
    [InlineData(7, 0, 0)]
    [InlineData(12, 0, 0)]
    public void NextAllowed_ReturnsTheInstant_OutsideQuietHours(int hour, int minute, int second)
    {
        var t = Local(2, hour, minute, second);
        QuietHours.Default.NextAllowed(t, InjectKind.Alarm).Should().Be(t);
    }

    [Theory]
    [InlineData(2, 22, 0, 3)]
    [InlineData(2, 23, 30, 3)]
    [InlineData(3, 0, 30, 3)]
    [InlineData(3, 6, 59, 3)]
    public void NextAllowed_HoldsDrillMessages_UntilSevenInTheMorning(int day, int hour, int minute, int endDay)
    {
        var held = QuietHours.Default.NextAllowed(Local(day, hour, minute), InjectKind.Reminder);

        held.Should().Be(Local(endDay, 7, 0));
        held.Offset.Should().Be(Cst);
    }

    [Fact]
    public void NextAllowed_ReadsUtcInstants_InShanghaiTime()
    {
        // 15:30 UTC is 23:30 in Shanghai: held until 07:00 Shanghai = 23:00 UTC the same day.
        var utc = new DateTimeOffset(2026, 12, 2, 15, 30, 0, TimeSpan.Zero);

        QuietHours.Default.NextAllowed(utc, InjectKind.AllClear).UtcDateTime.Should().Be(new DateTime(2026, 12, 2, 23, 0, 0, DateTimeKind.Utc));
        QuietHours.Default.IsQuiet(new DateTimeOffset(2026, 12, 2, 13, 59, 0, TimeSpan.Zero)).Should().BeFalse("21:59 in Shanghai");
    }

    [Fact]
    public void NextAllowed_NeverHoldsARealAlert()
    {
        var t = Local(2, 23, 30);
        QuietHours.Default.NextAllowed(t, InjectKind.RealAlert).Should().Be(t);
    }

    [Fact]
    public void NextAllowed_HandlesAPeriodWithinOneDay_AndDisabledHours()
    {
        var lunch = new QuietHours(new TimeOnly(12, 0), new TimeOnly(14, 0));
        lunch.NextAllowed(Local(2, 13, 0), InjectKind.Announcement).Should().Be(Local(2, 14, 0));
        lunch.NextAllowed(Local(2, 23, 0), InjectKind.Announcement).Should().Be(Local(2, 23, 0));

        var none = new QuietHours(new TimeOnly(0, 0), new TimeOnly(0, 0));
        none.NextAllowed(Local(2, 3, 0), InjectKind.Announcement).Should().Be(Local(2, 3, 0));
    }
}
