using Seismic.Drills.Acks;

namespace Seismic.Drills.Tests.Fakes;

internal sealed class InMemoryAckStore : IAckStore
{
    private readonly Lock gate = new();
    private readonly List<AckToken> tokens = [];
    private readonly List<Acknowledgement> answers = [];

    public Task AddTokensAsync(IReadOnlyList<AckToken> add, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            foreach (var t in add)
            {
                if (!tokens.Any(x => x.DrillId == t.DrillId && x.PersonId == t.PersonId))
                {
                    tokens.Add(t);
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task<AckToken?> TokenForAsync(string drillId, string personId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(tokens.FirstOrDefault(t => t.DrillId == drillId && t.PersonId == personId));
        }
    }

    public Task<AckToken?> FindTokenAsync(string token, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(tokens.FirstOrDefault(t => t.Token == token));
        }
    }

    public Task<bool> RecordAsync(Acknowledgement acknowledgement, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (answers.Contains(acknowledgement))
            {
                return Task.FromResult(false);
            }

            answers.Add(acknowledgement);
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<Acknowledgement>> ListAsync(string drillId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<Acknowledgement>>(answers.Where(a => a.DrillId == drillId).OrderBy(a => a.At).ToList());
        }
    }
}
