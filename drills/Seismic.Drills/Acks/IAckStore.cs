namespace Seismic.Drills.Acks;

/// <summary>Persistent acknowledgement tokens and answers.</summary>
public interface IAckStore
{
    /// <summary>Stores tokens; a (drill, person) pair that already has a token keeps it.</summary>
    /// <param name="tokens">Tokens to store.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    Task AddTokensAsync(IReadOnlyList<AckToken> tokens, CancellationToken cancellationToken = default);

    /// <summary>The token of a person for a drill, or null.</summary>
    /// <param name="drillId">The drill.</param>
    /// <param name="personId">The person.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The token, or null.</returns>
    Task<AckToken?> TokenForAsync(string drillId, string personId, CancellationToken cancellationToken = default);

    /// <summary>Resolves a link token.</summary>
    /// <param name="token">The token from the URL.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The token record, or null when unknown.</returns>
    Task<AckToken?> FindTokenAsync(string token, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records an answer. Answers are kept as a log; the person's state is the latest answer, except that a
    /// "need help" is never hidden by a later duplicate of an older answer. The same answer delivered twice (same kind,
    /// channel, text and time, e.g. a retried webhook) is stored once; the same words sent again later are a new answer.
    /// </summary>
    /// <param name="acknowledgement">The answer.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>True when it was new.</returns>
    Task<bool> RecordAsync(Acknowledgement acknowledgement, CancellationToken cancellationToken = default);

    /// <summary>Every answer of a drill, oldest first.</summary>
    /// <param name="drillId">The drill.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The answers.</returns>
    Task<IReadOnlyList<Acknowledgement>> ListAsync(string drillId, CancellationToken cancellationToken = default);
}
