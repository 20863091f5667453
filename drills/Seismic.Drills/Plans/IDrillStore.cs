namespace Seismic.Drills.Plans;

/// <summary>Persistent drill plans.</summary>
public interface IDrillStore
{
    /// <summary>Inserts or replaces a plan (by id) in one transaction.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    Task SaveAsync(DrillPlan plan, CancellationToken cancellationToken = default);

    /// <summary>Gets a plan by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The plan, or null.</returns>
    Task<DrillPlan?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Lists every plan ordered by start time.</summary>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The plans.</returns>
    Task<IReadOnlyList<DrillPlan>> ListAsync(CancellationToken cancellationToken = default);
}
