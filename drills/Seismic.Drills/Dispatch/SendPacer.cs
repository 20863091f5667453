namespace Seismic.Drills.Dispatch;

/// <summary>
/// Spaces sends evenly at a fixed rate: each caller reserves the next free slot (one every 1/rate seconds) and waits
/// for it. Unlike a token bucket it allows no burst, so a provider that enforces its rate per second never sees more.
/// </summary>
internal sealed class SendPacer
{
    private readonly TimeProvider time;
    private readonly long intervalTicks;
    private readonly Lock gate = new();
    private long nextSlot;

    public SendPacer(double messagesPerSecond, TimeProvider time)
    {
        this.time = time;
        intervalTicks = Math.Max(1, (long)Math.Round(TimeSpan.TicksPerSecond / messagesPerSecond));
    }

    /// <summary>Waits until this caller's slot.</summary>
    public Task WaitAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcTicks;
        long slot;
        lock (gate)
        {
            slot = Math.Max(now, nextSlot);
            nextSlot = slot + intervalTicks;
        }

        var wait = slot - now;
        return wait <= 0 ? Task.CompletedTask : Task.Delay(TimeSpan.FromTicks(wait), time, cancellationToken);
    }

    /// <summary>Pushes every later slot back (the provider asked to slow down).</summary>
    public void Defer(TimeSpan delay)
    {
        var until = time.GetUtcNow().UtcTicks + delay.Ticks;
        lock (gate)
        {
            nextSlot = Math.Max(nextSlot, until);
        }
    }
}
