using System.Collections.Concurrent;

namespace Seismic.Web.Webhooks;

/// <summary>
/// Refuses a webhook seen before: the key is the signature plus the message SID. A genuine status sequence
/// (queued, sent, delivered) differs in its parameters and so in its signature; an identical post is a replay.
/// Keys live for <see cref="WebOptions.ReplayWindow"/>; a post whose handling failed is forgotten so that the
/// provider's own retry is not mistaken for a replay.
/// </summary>
internal sealed class WebhookReplayGuard
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private readonly TimeProvider time;
    private long admitted;

    public WebhookReplayGuard(TimeProvider time) => this.time = time;

    /// <summary>True the first time a key is seen within the window.</summary>
    public bool TryAdmit(string key, TimeSpan window)
    {
        var now = time.GetUtcNow();
        if (Interlocked.Increment(ref admitted) % 1024 == 0)
        {
            Evict(now - window);
        }

        if (seen.TryAdd(key, now))
        {
            return true;
        }

        // An entry older than the window no longer counts; take it over atomically.
        return seen.TryGetValue(key, out var at) && at < now - window && seen.TryUpdate(key, now, at);
    }

    public void Forget(string key) => seen.TryRemove(key, out _);

    private void Evict(DateTimeOffset before)
    {
        foreach (var (key, at) in seen)
        {
            if (at < before)
            {
                seen.TryRemove(new KeyValuePair<string, DateTimeOffset>(key, at));
            }
        }
    }
}
