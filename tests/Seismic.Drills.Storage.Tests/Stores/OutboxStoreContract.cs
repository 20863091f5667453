using System.Collections.Concurrent;
using Seismic.Drills.Outbox;

namespace Seismic.Drills.Storage.Tests.Stores;

/// <summary>The outbox contract (IOutboxStore's documentation), run against every backend.</summary>
public abstract class OutboxStoreContract(Backend backend) : StoreTestBase(backend)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private IOutboxStore Outbox => Storage.Outbox;

    [Fact]
    public async Task Enqueue_InsertsOnlyNewKeys_WhenTheSameRowsAreEnqueuedTwice()
    {
        IReadOnlyList<OutboxMessage> first = Samples.Messages("D1/alarm", 10);
        (await Outbox.EnqueueAsync(first)).Should().Be(10);

        var again = first.Take(5).Concat(Samples.Messages("D1/alarm", 12).Skip(10)).ToList();
        (await Outbox.EnqueueAsync(again)).Should().Be(2);

        IReadOnlyList<OutboxMessage> rows = await Outbox.ListAsync("D1/alarm");
        rows.Should().HaveCount(12);
        rows.Select(r => r.IdempotencyKey).Should().OnlyHaveUniqueItems();
        rows.Should().OnlyContain(r => r.Status == OutboxStatus.Pending && r.Attempts == 0 && r.ClaimedBy == null);
    }

    [Fact]
    public async Task Enqueue_CountsOnlyNewRows_InALargeBatchOverlappingAnEarlierOne()
    {
        (await Outbox.EnqueueAsync(Samples.Messages("D1/alarm", 600))).Should().Be(600);

        (await Outbox.EnqueueAsync(Samples.Messages("D1/alarm", 700))).Should().Be(100);

        IReadOnlyList<OutboxMessage> rows = await Outbox.ListAsync("D1/alarm");
        rows.Should().HaveCount(700);
        rows.Select(r => r.PersonId).Should().Equal(Enumerable.Range(0, 700).Select(i => $"V{i:D5}"));
    }

    [Fact]
    public async Task Enqueue_StartsRowsPending_WhateverStateTheCallerPassed()
    {
        OutboxMessage claimedLooking = Samples.Message("D1/alarm", "V1", "+8613900000001") with
        {
            Status = OutboxStatus.Sent, Attempts = 3, ProviderSid = "SM1", ClaimedBy = "w",
        };
        await Outbox.EnqueueAsync([claimedLooking]);

        OutboxMessage row = (await Outbox.ListAsync("D1/alarm")).Single();
        row.Id.Should().BePositive();
        row.Status.Should().Be(OutboxStatus.Pending);
        row.Attempts.Should().Be(0);
        row.ProviderSid.Should().BeNull();
        row.Body.Should().Be("【演练】V1");
        row.NotBefore.Should().Be(Samples.T0);
        row.CreatedAt.Should().Be(Samples.T0.AddMinutes(-5));
    }

    [Fact]
    public async Task Claim_GivesEveryRowToExactlyOneWorker_WhenEightWorkersClaimConcurrently()
    {
        await Outbox.EnqueueAsync(Samples.Messages("D1/alarm", 2000));
        var claimedBy = new ConcurrentDictionary<long, string>();
        var duplicates = new ConcurrentBag<long>();

        async Task Worker(string workerId)
        {
            while (true)
            {
                IReadOnlyList<OutboxMessage> batch = await Outbox.ClaimAsync(null, workerId, 25, Samples.T0, Lease);
                if (batch.Count == 0)
                {
                    return;
                }

                foreach (OutboxMessage row in batch)
                {
                    if (!claimedBy.TryAdd(row.Id, workerId))
                    {
                        duplicates.Add(row.Id);
                    }

                    (await Outbox.MarkSentAsync(row.Id, workerId, "SM" + row.Id, Samples.T0)).Should().BeTrue();
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => Worker("w" + i))));

        duplicates.Should().BeEmpty();
        claimedBy.Should().HaveCount(2000);
        IReadOnlyList<OutboxMessage> rows = await Outbox.ListAsync("D1/alarm");
        rows.Should().OnlyContain(r => r.Status == OutboxStatus.Sent && r.Attempts == 1 && r.ProviderSid == "SM" + r.Id);
    }

    [Fact]
    public async Task Claim_GivesRowsToOneInstance_WhenTwoIndependentOpensClaimConcurrently()
    {
        await Outbox.EnqueueAsync(Samples.Messages("D1/alarm", 600));
        using DrillsStorage other = OpenAgain();
        var seen = new ConcurrentDictionary<long, int>();

        async Task Drain(IOutboxStore store, string workerId)
        {
            IReadOnlyList<OutboxMessage> batch;
            while ((batch = await store.ClaimAsync("D1/alarm", workerId, 10, Samples.T0, Lease)).Count > 0)
            {
                foreach (OutboxMessage row in batch)
                {
                    seen.AddOrUpdate(row.Id, 1, (_, n) => n + 1);
                }
            }
        }

        await Task.WhenAll(
            Task.Run(() => Drain(Outbox, "a1")), Task.Run(() => Drain(Outbox, "a2")),
            Task.Run(() => Drain(other.Outbox, "b1")), Task.Run(() => Drain(other.Outbox, "b2")));

        seen.Should().HaveCount(600);
        seen.Values.Should().OnlyContain(n => n == 1);
    }

    [Fact]
    public async Task Claim_SkipsRowsNotYetDue_AndRowsOfOtherDispatches()
    {
        await Outbox.EnqueueAsync(Samples.Messages("D1/alarm", 3));
        await Outbox.EnqueueAsync(Samples.Messages("D1/reminder", 2, notBefore: Samples.T0.AddMinutes(1)));
        await Outbox.EnqueueAsync(Samples.Messages("D2/alarm", 4));

        (await Outbox.ClaimAsync("D1/reminder", "w", 10, Samples.T0, Lease)).Should().BeEmpty();
        IReadOnlyList<OutboxMessage> d1 = await Outbox.ClaimAsync("D1/alarm", "w", 10, Samples.T0, Lease);
        d1.Should().HaveCount(3).And.OnlyContain(r => r.DispatchId == "D1/alarm");
        d1.Select(r => r.Id).Should().BeInAscendingOrder();
        d1.Should().OnlyContain(r => r.Status == OutboxStatus.Claimed && r.ClaimedBy == "w" && r.Attempts == 1
            && r.LeaseUntil == Samples.T0 + Lease);

        IReadOnlyList<OutboxMessage> any = await Outbox.ClaimAsync(null, "w", 10, Samples.T0.AddMinutes(1), Lease);
        any.Select(r => r.DispatchId).Should().BeEquivalentTo(["D1/reminder", "D1/reminder", "D2/alarm", "D2/alarm", "D2/alarm", "D2/alarm"]);
    }

    [Fact]
    public async Task Claim_TakesOverAnExpiredLease_WithAttemptsIncremented()
    {
        await Outbox.EnqueueAsync(Samples.Messages("D1/alarm", 1));
        OutboxMessage first = (await Outbox.ClaimAsync(null, "crashed", 1, Samples.T0, Lease)).Single();

        (await Outbox.ClaimAsync(null, "w2", 1, Samples.T0 + Lease - TimeSpan.FromSeconds(1), Lease)).Should().BeEmpty();

        DateTimeOffset later = Samples.T0 + Lease + TimeSpan.FromSeconds(1);
        OutboxMessage second = (await Outbox.ClaimAsync(null, "w2", 1, later, Lease)).Single();
        second.Id.Should().Be(first.Id);
        second.Attempts.Should().Be(2);
        second.ClaimedBy.Should().Be("w2");
        second.LeaseUntil.Should().Be(later + Lease);
    }

    [Fact]
    public async Task MarkSent_IsRefused_WhenTheCallerNoLongerHoldsTheClaim()
    {
        await Outbox.EnqueueAsync(Samples.Messages("D1/alarm", 1));
        OutboxMessage row = (await Outbox.ClaimAsync(null, "slow", 1, Samples.T0, Lease)).Single();
        await Outbox.ClaimAsync(null, "fast", 1, Samples.T0 + Lease + Lease, Lease);

        (await Outbox.MarkSentAsync(row.Id, "slow", "SMslow", Samples.T0)).Should().BeFalse();
        (await Outbox.MarkSentAsync(row.Id, "fast", "SMfast", Samples.T0)).Should().BeTrue();
        (await Outbox.MarkSentAsync(row.Id, "fast", "SMfast", Samples.T0)).Should().BeTrue("recording the same send twice is harmless");
        (await Outbox.MarkSentAsync(row.Id, "slow", "SMslow", Samples.T0)).Should().BeFalse();

        OutboxMessage stored = (await Outbox.FindBySidAsync("SMfast"))!;
        stored.Status.Should().Be(OutboxStatus.Sent);
        stored.SentAt.Should().Be(Samples.T0);
        (await Outbox.FindBySidAsync("SMslow")).Should().BeNull();
    }

    [Fact]
    public async Task MarkSent_IsRefused_ForAPendingRowNobodyClaimed()
    {
        await Outbox.EnqueueAsync(Samples.Messages("D1/alarm", 1));
        long id = (await Outbox.ListAsync("D1/alarm")).Single().Id;

        (await Outbox.MarkSentAsync(id, "w", "SM1", Samples.T0)).Should().BeFalse();
    }

    [Fact]
    public async Task ReleaseForRetry_ReturnsTheRowToPending_NotBeforeTheRetryTime()
    {
        await Outbox.EnqueueAsync(Samples.Messages("D1/alarm", 1));
        OutboxMessage row = (await Outbox.ClaimAsync(null, "w", 1, Samples.T0, Lease)).Single();
        DateTimeOffset retryAt = Samples.T0.AddSeconds(30);

        (await Outbox.ReleaseForRetryAsync(row.Id, "other", retryAt, "20429")).Should().BeFalse();
        (await Outbox.ReleaseForRetryAsync(row.Id, "w", retryAt, "20429")).Should().BeTrue();

        OutboxMessage released = (await Outbox.ListAsync("D1/alarm")).Single();
        released.Status.Should().Be(OutboxStatus.Pending);
        released.NotBefore.Should().Be(retryAt);
        released.ErrorCode.Should().Be("20429");
        (await Outbox.ClaimAsync(null, "w", 1, retryAt.AddSeconds(-1), Lease)).Should().BeEmpty();
        (await Outbox.ClaimAsync(null, "w", 1, retryAt, Lease)).Single().Attempts.Should().Be(2);
    }

    [Fact]
    public async Task Complete_EndsAPendingOrHeldRowOnce_AndRefusesOtherwise()
    {
        await Outbox.EnqueueAsync(Samples.Messages("D1/alarm", 2));
        IReadOnlyList<OutboxMessage> rows = await Outbox.ListAsync("D1/alarm");
        DateTimeOffset at = Samples.T0.AddMinutes(1);

        (await Outbox.CompleteAsync(rows[0].Id, null, OutboxStatus.Suppressed, "opted-out", at)).Should().BeTrue();
        (await Outbox.CompleteAsync(rows[0].Id, null, OutboxStatus.Suppressed, "opted-out", at)).Should().BeFalse();

        OutboxMessage held = (await Outbox.ClaimAsync(null, "w", 1, Samples.T0, Lease)).Single();
        held.Id.Should().Be(rows[1].Id);
        (await Outbox.CompleteAsync(held.Id, null, OutboxStatus.Failed, "21211", at)).Should().BeFalse("a claimed row is ended by its holder");
        (await Outbox.CompleteAsync(held.Id, "intruder", OutboxStatus.Failed, "21211", at)).Should().BeFalse();
        (await Outbox.CompleteAsync(held.Id, "w", OutboxStatus.Failed, "21211", at)).Should().BeTrue();

        IReadOnlyList<OutboxMessage> after = await Outbox.ListAsync("D1/alarm");
        after[0].Status.Should().Be(OutboxStatus.Suppressed);
        after[1].Status.Should().Be(OutboxStatus.Failed);
        after[1].ErrorCode.Should().Be("21211");
        (await Outbox.ClaimAsync(null, "w", 10, Samples.T0.AddDays(1), Lease)).Should().BeEmpty();
        await FluentActions.Invoking(() => Outbox.CompleteAsync(rows[0].Id, null, OutboxStatus.Delivered, null, at))
            .Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task ApplyDeliveryStatus_NeverMovesAFinalStateBack_AndIgnoresDuplicateCallbacks()
    {
        await Outbox.EnqueueAsync(Samples.Messages("D1/alarm", 1));
        OutboxMessage row = (await Outbox.ClaimAsync(null, "w", 1, Samples.T0, Lease)).Single();
        await Outbox.MarkSentAsync(row.Id, "w", "SM1", Samples.T0);

        OutboxMessage? sent = await Outbox.ApplyDeliveryStatusAsync("SM1", OutboxStatus.Sent, null, Samples.T0.AddSeconds(1));
        sent!.Status.Should().Be(OutboxStatus.Sent);

        DateTimeOffset deliveredAt = Samples.T0.AddSeconds(5);
        OutboxMessage? delivered = await Outbox.ApplyDeliveryStatusAsync("SM1", OutboxStatus.Delivered, null, deliveredAt);
        delivered!.Status.Should().Be(OutboxStatus.Delivered);
        delivered.DeliveredAt.Should().Be(deliveredAt);

        OutboxMessage? duplicate = await Outbox.ApplyDeliveryStatusAsync("SM1", OutboxStatus.Delivered, null, Samples.T0.AddSeconds(9));
        duplicate!.DeliveredAt.Should().Be(deliveredAt);
        OutboxMessage? late = await Outbox.ApplyDeliveryStatusAsync("SM1", OutboxStatus.Undelivered, "30003", Samples.T0.AddSeconds(10));
        late!.Status.Should().Be(OutboxStatus.Delivered);
        late.ErrorCode.Should().BeNull();
        (await Outbox.ApplyDeliveryStatusAsync("SM1", OutboxStatus.Sent, null, Samples.T0.AddSeconds(11)))!.Status.Should().Be(OutboxStatus.Delivered);

        (await Outbox.ApplyDeliveryStatusAsync("SM-unknown", OutboxStatus.Delivered, null, deliveredAt)).Should().BeNull();
    }

    [Fact]
    public async Task ApplyDeliveryStatus_RecordsTheProviderErrorCode_WhenUndelivered()
    {
        await Outbox.EnqueueAsync(Samples.Messages("D1/alarm", 1));
        OutboxMessage row = (await Outbox.ClaimAsync(null, "w", 1, Samples.T0, Lease)).Single();
        await Outbox.MarkSentAsync(row.Id, "w", "SM9", Samples.T0);

        OutboxMessage? failed = await Outbox.ApplyDeliveryStatusAsync("SM9", OutboxStatus.Failed, "21610", Samples.T0.AddSeconds(2));

        failed!.Status.Should().Be(OutboxStatus.Failed);
        failed.ErrorCode.Should().Be("21610");
    }

    [Fact]
    public async Task List_MatchesADispatchExactly_OrEveryDispatchUnderAPrefix()
    {
        await Outbox.EnqueueAsync(Samples.Messages("D_1/alarm", 2));
        await Outbox.EnqueueAsync(Samples.Messages("D_1/allclear", 1));
        await Outbox.EnqueueAsync(Samples.Messages("DX1/alarm", 1));
        await Outbox.EnqueueAsync(Samples.Messages("D_10/alarm", 1));

        (await Outbox.ListAsync("D_1/alarm")).Should().HaveCount(2);
        IReadOnlyList<OutboxMessage> drill = await Outbox.ListAsync("D_1/");
        drill.Select(r => r.DispatchId).Should().Equal("D_1/alarm", "D_1/alarm", "D_1/allclear");
        drill.Select(r => r.Id).Should().BeInAscendingOrder();
        (await Outbox.ListAsync("D_")).Should().BeEmpty("without a trailing slash the argument is one dispatch id");
    }

    [Fact]
    public async Task ListTo_ReturnsTheNumbersRowsSinceAnInstant_BySendTimeOrElseCreationTime()
    {
        DateTimeOffset day0 = Samples.T0;
        await Outbox.EnqueueAsync([Samples.Message("D1/announce", "V1", "+8613900000001") with { CreatedAt = day0.AddDays(-2) }]);
        await Outbox.EnqueueAsync([Samples.Message("D1/reminder", "V1", "+8613900000001") with { CreatedAt = day0.AddDays(-2) }]);
        await Outbox.EnqueueAsync([Samples.Message("D1/alarm", "V1", "+8613900000001") with { CreatedAt = day0 }]);
        await Outbox.EnqueueAsync([Samples.Message("D1/alarm", "V2", "+8613900000002") with { CreatedAt = day0 }]);
        OutboxMessage reminder = (await Outbox.ClaimAsync("D1/reminder", "w", 1, day0, Lease)).Single();
        await Outbox.MarkSentAsync(reminder.Id, "w", "SMr", day0.AddHours(-1));

        IReadOnlyList<OutboxMessage> recent = await Outbox.ListToAsync("+8613900000001", day0.AddHours(-24));

        recent.Select(r => r.DispatchId).Should().Equal("D1/reminder", "D1/alarm");
    }

    [Fact]
    public async Task Instants_RoundTripAsTheSameMoment_WhateverTheirOffset()
    {
        var local = new DateTimeOffset(2026, 12, 5, 21, 59, 59, 123, TimeSpan.FromHours(8)).AddTicks(4560);
        await Outbox.EnqueueAsync([Samples.Message("D1/alarm", "V1", "+8613900000001", notBefore: local)]);

        OutboxMessage row = (await Outbox.ListAsync("D1/alarm")).Single();

        row.NotBefore.Should().Be(local);
        row.NotBefore.Offset.Should().Be(TimeSpan.Zero);
    }
}

