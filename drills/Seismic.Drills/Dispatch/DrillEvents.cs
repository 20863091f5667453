using Seismic.Drills.Acks;
using Seismic.Drills.Delivery;
using Seismic.Drills.Outbox;
using Seismic.Drills.Rosters;

namespace Seismic.Drills.Dispatch;

/// <summary>
/// Applies what arrives from outside: provider status callbacks, inbound SMS (answers, STOP and START) and taps on the
/// personal acknowledgement page.
/// </summary>
/// <remarks>
/// An inbound answer carries no drill id, so it is matched to the drill (or alert) the sender was messaged about most
/// recently within <see cref="DeliveryOptions.ReplyWindow"/>. Callbacks may arrive twice and out of order; the outbox
/// store keeps delivery states monotonic.
/// </remarks>
public sealed class DrillEvents : IDrillEvents
{
    private readonly DrillStores stores;
    private readonly DeliveryOptions options;
    private readonly TimeProvider time;

    /// <summary>Creates the handler.</summary>
    /// <param name="stores">The stores.</param>
    /// <param name="options">Reply window.</param>
    /// <param name="time">The clock.</param>
    public DrillEvents(DrillStores stores, DeliveryOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        this.stores = stores;
        this.options = options;
        this.time = time;
    }

    /// <inheritdoc />
    public async Task OnDeliveryStatusAsync(string providerSid, string status, string? errorCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(providerSid);
        ArgumentNullException.ThrowIfNull(status);
        var now = time.GetUtcNow();
        OutboxStatus? final = status.ToUpperInvariant() switch
        {
            "DELIVERED" or "READ" => OutboxStatus.Delivered,
            "UNDELIVERED" => OutboxStatus.Undelivered,
            "FAILED" => OutboxStatus.Failed,
            _ => null, // queued, sending, sent, accepted, scheduled: the row is already Sent
        };
        var code = string.IsNullOrWhiteSpace(errorCode) ? null : errorCode.Trim();
        OutboxMessage? row = null;
        if (final is { } state)
        {
            row = await stores.Outbox.ApplyDeliveryStatusAsync(providerSid, state, code, now, cancellationToken).ConfigureAwait(false);
        }

        if (code == OutboxProcessor.OptedOutErrorCode)
        {
            row ??= await stores.Outbox.FindBySidAsync(providerSid, cancellationToken).ConfigureAwait(false);
            if (row is not null)
            {
                await WithdrawAsync(row.PersonId, "provider-21610", now, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public async Task<InboundResult> OnInboundSmsAsync(string from, string body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(from);
        var person = await stores.Rosters.FindByPhoneAsync(from.Trim(), cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return new InboundResult(InboundOutcome.UnknownSender, null);
        }

        var now = time.GetUtcNow();
        var english = person.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        switch (AckReplyParser.Parse(body, person.Consent))
        {
            case AckReplyKind.OptOut:
                await WithdrawAsync(person.Id, "sms-stop", now, cancellationToken).ConfigureAwait(false);
                return new InboundResult(InboundOutcome.OptedOut, english
                    ? "You will receive no more drill messages. Reply START to resume."
                    : "您已退订演练短信。回复 START 可恢复接收。");
            case AckReplyKind.OptIn:
                if (person.Consent != ConsentState.OptedIn)
                {
                    await stores.Rosters.SetConsentAsync(new ConsentChange(person.Id, ConsentState.OptedIn, now, "sms-start"), cancellationToken)
                        .ConfigureAwait(false);
                }

                return new InboundResult(InboundOutcome.OptedIn, english ? "Drill messages resumed." : "已恢复接收演练短信。");
            case AckReplyKind.Safe:
                return await AnswerAsync(person, AckKind.Safe, body, now, english, cancellationToken).ConfigureAwait(false);
            case AckReplyKind.NeedHelp:
                return await AnswerAsync(person, AckKind.NeedHelp, body, now, english, cancellationToken).ConfigureAwait(false);
            default:
                return new InboundResult(InboundOutcome.Unrecognised, english
                    ? "Reply 1 if you are safe, 2 if you need help."
                    : "安全请回复 1，需要帮助请回复 2。");
        }
    }

    private async Task<InboundResult> AnswerAsync(
        RosterPerson person, AckKind kind, string body, DateTimeOffset now, bool english, CancellationToken cancellationToken)
    {
        var drill = await LatestDrillAsync(person, now, cancellationToken).ConfigureAwait(false);
        if (drill is null)
        {
            return new InboundResult(InboundOutcome.Unrecognised, english
                ? "No current drill or alert to answer."
                : "目前没有需要回复的演练或警报。");
        }

        await stores.Acks.RecordAsync(new Acknowledgement(drill, person.Id, kind, AckChannel.Sms, now, body), cancellationToken).ConfigureAwait(false);
        return kind == AckKind.Safe
            ? new InboundResult(InboundOutcome.Acknowledged, english ? "Received: you are safe. Thank you." : "已收到：您已安全。谢谢！")
            : new InboundResult(InboundOutcome.NeedHelp, english
                ? "Received: you need help. Your community assistant has been told."
                : "已收到求助，社区助理员将与您联系。");
    }

    /// <inheritdoc />
    public async Task<AckLinkView?> ViewLinkAsync(string token, CancellationToken cancellationToken = default)
    {
        var found = await ResolveAsync(token, cancellationToken).ConfigureAwait(false);
        return found is null ? null : await ViewAsync(found.Value.Token, found.Value.Person, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<AckLinkView?> AcknowledgeByLinkAsync(string token, AckKind kind, CancellationToken cancellationToken = default)
    {
        var found = await ResolveAsync(token, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return null;
        }

        var (record, person) = found.Value;
        await stores.Acks.RecordAsync(new Acknowledgement(record.DrillId, person.Id, kind, AckChannel.Link, time.GetUtcNow(), null), cancellationToken)
            .ConfigureAwait(false);
        return await ViewAsync(record, person, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(AckToken Token, RosterPerson Person)?> ResolveAsync(string token, CancellationToken cancellationToken)
    {
        if (!AckTokenGenerator.IsWellFormed(token))
        {
            return null;
        }

        var record = await stores.Acks.FindTokenAsync(token, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return null;
        }

        var person = await stores.Rosters.FindAsync(record.PersonId, cancellationToken).ConfigureAwait(false);
        return person is null ? null : (record, person);
    }

    private async Task<AckLinkView> ViewAsync(AckToken token, RosterPerson person, CancellationToken cancellationToken)
    {
        var answers = await stores.Acks.ListAsync(token.DrillId, cancellationToken).ConfigureAwait(false);
        var latest = DrillProgress.Latest(answers).GetValueOrDefault(person.Id);
        if (token.DrillId.StartsWith(DispatchIds.AlertPrefix, StringComparison.Ordinal))
        {
            return new AckLinkView(token.DrillId, "地震警报 Earthquake alert", false, person.Name, person.Language, person.Community,
                null, null, latest?.Kind, latest?.At);
        }

        var plan = await stores.Drills.GetAsync(token.DrillId, cancellationToken).ConfigureAwait(false);
        var route = plan is null ? null : CommunityRoutes.Summarise(plan.Routes).GetValueOrDefault(person.Community);
        return new AckLinkView(
            token.DrillId, plan?.Title ?? token.DrillId, true, person.Name, person.Language, person.Community,
            route?.ShelterName, route is null ? null : Math.Round(route.WalkSeconds / 60.0, 1), latest?.Kind, latest?.At);
    }

    private async Task<string?> LatestDrillAsync(RosterPerson person, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await stores.Outbox.ListToAsync(person.PhoneE164, now - options.ReplyWindow, cancellationToken).ConfigureAwait(false);
        var latest = rows
            .Where(r => r.PersonId == person.Id && r.Status is not (OutboxStatus.Suppressed or OutboxStatus.Pending))
            .OrderByDescending(r => r.SentAt ?? r.CreatedAt)
            .ThenByDescending(r => r.Id)
            .FirstOrDefault();
        return latest is null ? null : DispatchIds.DrillOf(latest.DispatchId);
    }

    private async Task WithdrawAsync(string personId, string source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var person = await stores.Rosters.FindAsync(personId, cancellationToken).ConfigureAwait(false);
        if (person is not null && person.Consent != ConsentState.OptedOut)
        {
            await stores.Rosters.SetConsentAsync(new ConsentChange(personId, ConsentState.OptedOut, now, source), cancellationToken).ConfigureAwait(false);
        }
    }
}
