using Seismic.Drills.Outbox;
using Seismic.Drills.Plans;
using Seismic.Drills.Rosters;

namespace Seismic.Drills.Storage.Tests.Stores;

/// <summary>Small hand-made rows for the contract tests.</summary>
public static class Samples
{
    public static readonly DateTimeOffset T0 = new(2026, 12, 5, 9, 30, 0, TimeSpan.FromHours(8));

    public static RosterPerson Person(string id, string phone, string community = "青凤社区", RosterRole role = RosterRole.Volunteer,
        ConsentState consent = ConsentState.OptedIn) =>
        new(id, "张伟 " + id, role, community, "凤阳街道", phone, "zh-Hans", ["first_aid", "radio"], "evenings", consent);

    public static OutboxMessage Message(string dispatchId, string personId, string to, DateTimeOffset? notBefore = null) =>
        new(0, OutboxMessage.KeyOf(dispatchId, personId), dispatchId, personId, to, "【演练】" + personId, InjectKind.Alarm,
            OutboxStatus.Pending, 0, notBefore ?? T0, T0.AddMinutes(-5), null, null, null, null, null, null);

    public static IReadOnlyList<OutboxMessage> Messages(string dispatchId, int count, DateTimeOffset? notBefore = null)
    {
        var list = new List<OutboxMessage>(count);
        for (int i = 0; i < count; i++)
        {
            list.Add(Message(dispatchId, $"V{i:D5}", $"+86139{i:D8}", notBefore));
        }

        return list;
    }
}
