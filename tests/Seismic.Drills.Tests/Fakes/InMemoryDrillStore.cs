using Seismic.Drills.Plans;

namespace Seismic.Drills.Tests.Fakes;

internal sealed class InMemoryDrillStore : IDrillStore
{
    private readonly Dictionary<string, DrillPlan> plans = new(StringComparer.Ordinal);

    public Task SaveAsync(DrillPlan plan, CancellationToken cancellationToken = default)
    {
        lock (plans)
        {
            plans[plan.Id] = plan;
        }

        return Task.CompletedTask;
    }

    public Task<DrillPlan?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (plans)
        {
            return Task.FromResult(plans.GetValueOrDefault(id));
        }
    }

    public Task<IReadOnlyList<DrillPlan>> ListAsync(CancellationToken cancellationToken = default)
    {
        lock (plans)
        {
            return Task.FromResult<IReadOnlyList<DrillPlan>>(plans.Values.OrderBy(p => p.StartsAt).ToList());
        }
    }
}
