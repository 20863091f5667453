namespace Seismic.Drills.Rosters;

/// <summary>Persistent roster: people and their consent history.</summary>
public interface IRosterStore
{
    /// <summary>
    /// Imports a roster in one transaction: people are inserted or updated by <see cref="RosterPerson.Id"/>; a person
    /// whose consent differs from the stored state gets a history entry with source <c>import</c>.
    /// </summary>
    /// <param name="people">The validated roster.</param>
    /// <param name="at">The import time.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The number of people inserted or updated.</returns>
    Task<int> ImportAsync(IReadOnlyList<RosterPerson> people, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Lists people, optionally only those of some communities and roles, ordered by id.</summary>
    /// <param name="communities">Communities to include; null or empty for all.</param>
    /// <param name="roles">Roles to include; null or empty for all.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The people.</returns>
    Task<IReadOnlyList<RosterPerson>> ListAsync(
        IReadOnlyCollection<string>? communities = null, IReadOnlyCollection<RosterRole>? roles = null, CancellationToken cancellationToken = default);

    /// <summary>Finds a person by id.</summary>
    /// <param name="id">The roster id.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The person, or null.</returns>
    Task<RosterPerson?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Finds a person by E.164 number (inbound SMS, STOP/START).</summary>
    /// <param name="phoneE164">The number.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The person, or null.</returns>
    Task<RosterPerson?> FindByPhoneAsync(string phoneE164, CancellationToken cancellationToken = default);

    /// <summary>Records a consent change and makes it the person's current state (idempotent for an equal change).</summary>
    /// <param name="change">The change.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    Task SetConsentAsync(ConsentChange change, CancellationToken cancellationToken = default);

    /// <summary>The consent history of one person, oldest first.</summary>
    /// <param name="personId">The roster id.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The history.</returns>
    Task<IReadOnlyList<ConsentChange>> ConsentHistoryAsync(string personId, CancellationToken cancellationToken = default);
}
