using Seismic.Drills.Rosters;

namespace Seismic.Drills.Tests.Fakes;

internal sealed class InMemoryRosterStore : IRosterStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, RosterPerson> people = new(StringComparer.Ordinal);
    private readonly List<ConsentChange> history = [];

    public Task<int> ImportAsync(IReadOnlyList<RosterPerson> roster, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            foreach (var p in roster)
            {
                if (!people.TryGetValue(p.Id, out var old) || old.Consent != p.Consent)
                {
                    history.Add(new ConsentChange(p.Id, p.Consent, at, "import"));
                }

                people[p.Id] = p;
            }

            return Task.FromResult(roster.Count);
        }
    }

    public Task<IReadOnlyList<RosterPerson>> ListAsync(
        IReadOnlyCollection<string>? communities = null, IReadOnlyCollection<RosterRole>? roles = null, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<RosterPerson>>(people.Values
                .Where(p => communities is null || communities.Count == 0 || communities.Contains(p.Community))
                .Where(p => roles is null || roles.Count == 0 || roles.Contains(p.Role))
                .OrderBy(p => p.Id, StringComparer.Ordinal)
                .ToList());
        }
    }

    public Task<RosterPerson?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(people.GetValueOrDefault(id));
        }
    }

    public Task<RosterPerson?> FindByPhoneAsync(string phoneE164, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(people.Values.FirstOrDefault(p => p.PhoneE164 == phoneE164));
        }
    }

    public Task SetConsentAsync(ConsentChange change, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (people.TryGetValue(change.PersonId, out var p))
            {
                people[p.Id] = p with { Consent = change.State };
                history.Add(change);
            }

            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<ConsentChange>> ConsentHistoryAsync(string personId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<ConsentChange>>(history.Where(h => h.PersonId == personId).ToList());
        }
    }
}
