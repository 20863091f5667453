namespace Seismic.Drills.Storage.Tests.Scheduler;

/// <summary>Waits for an observable effect of background work, with a generous timeout (no timing assertions).</summary>
public static class Eventually
{
    public static async Task Until(Func<bool> condition, TimeSpan timeout, Func<string> describe)
    {
        DateTime deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"not reached within {timeout.TotalSeconds} s: {describe()}");
            }

            await Task.Delay(100);
        }
    }
}
