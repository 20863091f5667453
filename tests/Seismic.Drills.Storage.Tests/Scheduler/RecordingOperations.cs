using System.Collections.Concurrent;
using Seismic.Drills.Delivery;

namespace Seismic.Drills.Storage.Tests.Scheduler;

/// <summary>Records every call the jobs make, as text: <c>dispatch D/I</c>, <c>process X</c>, <c>escalate D L</c>.</summary>
public sealed class RecordingOperations : IDrillOperations
{
    public ConcurrentQueue<string> Calls { get; } = new();

    public Task DispatchInjectAsync(string drillId, string injectId, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue($"dispatch {drillId}/{injectId}");
        return Task.CompletedTask;
    }

    public Task<int> ProcessOutboxAsync(string? dispatchId, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue("process " + (dispatchId ?? "*"));
        return Task.FromResult(0);
    }

    public Task EscalateAsync(string drillId, int level, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue($"escalate {drillId} {level}");
        return Task.CompletedTask;
    }
}
