using Microsoft.Extensions.Time.Testing;
using Seismic.Drills.Dispatch;

namespace Seismic.Drills.Tests.Dispatch;

public class SendPacerTests
{
    [Fact]
    public async Task Slots_AreOneIntervalApart_WithoutBurst()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var pacer = new SendPacer(5, time); // one slot every 200 ms

        var first = pacer.WaitAsync(CancellationToken.None);
        var second = pacer.WaitAsync(CancellationToken.None);
        var third = pacer.WaitAsync(CancellationToken.None);

        first.IsCompleted.Should().BeTrue();
        second.IsCompleted.Should().BeFalse();
        time.Advance(TimeSpan.FromMilliseconds(200));
        await second;
        third.IsCompleted.Should().BeFalse();
        time.Advance(TimeSpan.FromMilliseconds(200));
        await third;
    }

    [Fact]
    public void Defer_PushesTheNextSlotBack()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var pacer = new SendPacer(1000, time);

        pacer.Defer(TimeSpan.FromSeconds(3));
        var next = pacer.WaitAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(2.9));

        next.IsCompleted.Should().BeFalse();
        time.Advance(TimeSpan.FromSeconds(0.2));
        next.IsCompleted.Should().BeTrue();
    }
}
