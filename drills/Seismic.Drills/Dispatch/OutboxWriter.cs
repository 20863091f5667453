using System.Globalization;
using Seismic.Drills.Acks;
using Seismic.Drills.Messages;
using Seismic.Drills.Outbox;
using Seismic.Drills.Plans;
using Seismic.Drills.Rosters;

namespace Seismic.Drills.Dispatch;

/// <summary>
/// Turns one send (a drill inject, an escalation, a real alert) into outbox rows: one per recipient, keyed by dispatch
/// and person so that writing the same send twice adds nothing, each with the person's own acknowledgement link.
/// </summary>
internal sealed class OutboxWriter
{
    private static readonly ChinaContentRules ContentRules = ChinaContentRules.Default;

    private readonly DrillStores stores;
    private readonly IMessageComposer composer;
    private readonly DeliveryOptions options;
    private readonly TimeProvider time;

    public OutboxWriter(DrillStores stores, IMessageComposer composer, DeliveryOptions options, TimeProvider time)
    {
        this.stores = stores;
        this.composer = composer;
        this.options = options;
        this.time = time;
    }

    /// <summary>Writes the rows of one send.</summary>
    /// <param name="dispatchId">The dispatch.</param>
    /// <param name="ackScope">The drill (or alert) id the links acknowledge.</param>
    /// <param name="recipients">Recipients with the context of their text (its <see cref="MessageContext.AckLink"/> is filled here).</param>
    /// <param name="notBefore">Earliest send time.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Rows inserted (0 when the send was already written).</returns>
    public async Task<int> WriteAsync(
        string dispatchId, string ackScope, IReadOnlyList<MessageContext> recipients, DateTimeOffset notBefore, CancellationToken cancellationToken)
    {
        if (recipients.Count == 0)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var existing = (await stores.Outbox.ListAsync(dispatchId, cancellationToken).ConfigureAwait(false))
            .Select(m => m.PersonId)
            .ToHashSet(StringComparer.Ordinal);
        var fresh = recipients.Where(r => !existing.Contains(r.Person.Id)).ToList();
        if (fresh.Count == 0)
        {
            return 0;
        }

        // Tokens first: a person keeps the token of an earlier send of the same drill, so every message of a drill
        // carries the same link.
        await stores.Acks.AddTokensAsync(
            fresh.Select(r => new AckToken(AckTokenGenerator.NewToken(), ackScope, r.Person.Id, now)).ToList(), cancellationToken).ConfigureAwait(false);
        var rows = new List<OutboxMessage>(fresh.Count);
        foreach (var recipient in fresh)
        {
            var token = await stores.Acks.TokenForAsync(ackScope, recipient.Person.Id, cancellationToken).ConfigureAwait(false)
                        ?? throw new InvalidOperationException($"no acknowledgement token stored for {recipient.Person.Id} in {ackScope}");
            var body = await VaryIfRepeatedAsync(
                composer.Compose(recipient with { AckLink = AckLink(token.Token) }), recipient.Person.PhoneE164, now, cancellationToken).ConfigureAwait(false);
            rows.Add(new OutboxMessage(
                0, OutboxMessage.KeyOf(dispatchId, recipient.Person.Id), dispatchId, recipient.Person.Id, recipient.Person.PhoneE164, body,
                recipient.Inject.Kind, OutboxStatus.Pending, 0, notBefore, now, null, null, null, null, null, null));
        }

        return await stores.Outbox.EnqueueAsync(rows, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// China's carriers reject a third identical text to one number within 24 h (FACTS.md). Texts carry the drill's
    /// personal link and differ per inject, so this only bites when the same send is repeated for a new dispatch (a real
    /// alert re-issued); then the local time is appended, which makes the text differ and tells the reader it is new.
    /// </summary>
    private async Task<string> VaryIfRepeatedAsync(string body, string recipient, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var earlier = await stores.Outbox.ListToAsync(recipient, now - ContentRules.Window, cancellationToken).ConfigureAwait(false);
        if (earlier.Count == 0 || ContentRules.Evaluate(body, earlier, now).Verdict != ContentVerdict.Refuse)
        {
            return body;
        }

        var local = TimeZoneInfo.ConvertTime(now, QuietHours.Default.Zone);
        return body + " (" + local.ToString("MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + ")";
    }

    /// <summary>The personal link of a token.</summary>
    /// <param name="token">The token.</param>
    /// <returns><c>{AckBaseUrl}/ack/{token}</c>.</returns>
    public Uri AckLink(string token) => new(options.AckBaseUrl.AbsoluteUri.TrimEnd('/') + "/ack/" + token);

    /// <summary>The context of a plain drill message (no escalation list, no alert text).</summary>
    public static MessageContext Context(DrillPlan? plan, DrillInject inject, RosterPerson person, BuildingRoute? route, bool exercise) =>
        new(plan, inject, person, route, null, exercise, [], null);
}
