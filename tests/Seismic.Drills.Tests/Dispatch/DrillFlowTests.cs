using Seismic.Drills.Acks;
using Seismic.Drills.Delivery;
using Seismic.Drills.Dispatch;
using Seismic.Drills.Messages;
using Seismic.Drills.Outbox;
using Seismic.Drills.Plans;
using Seismic.Drills.Rosters;
using Seismic.Drills.Tests.Fakes;

namespace Seismic.Drills.Tests.Dispatch;

/// <summary>A drill from its injects to escalation and answers, on in-memory stores and a fake provider.</summary>
public class DrillFlowTests
{
    private const string Drill = "D2026-0007";

    private static readonly RosterPerson[] Roster =
    [
        DrillWorld.Person("V1", RosterRole.Volunteer, "沙园社区"),
        DrillWorld.Person("V2", RosterRole.Volunteer, "沙园社区"),
        DrillWorld.Person("V3", RosterRole.Volunteer, "青凤社区", street: "南华西街道"),
        DrillWorld.Person("V4", RosterRole.Volunteer, "沙园社区", consent: ConsentState.OptedOut),
        DrillWorld.Person("A1", RosterRole.Assistant, "沙园社区"),
        DrillWorld.Person("A2", RosterRole.Assistant, "青凤社区", street: "南华西街道"),
        DrillWorld.Person("C1", RosterRole.Coordinator, "街道办", street: "凤阳街道"),
        DrillWorld.Person("X1", RosterRole.Volunteer, "其他社区"),
    ];

    private static async Task<(DrillWorld World, DrillOperations Operations, DrillPlan Plan)> ArrangeAsync()
    {
        var world = new DrillWorld();
        await world.Rosters.ImportAsync(Roster, DrillWorld.Start);
        var routes = new[]
        {
            new BuildingRoute("B1", "沙园社区", "S1", "沙园公园", 300, 330),
            new BuildingRoute("B2", "沙园社区", "S1", "沙园公园", 600, 660),
            new BuildingRoute("B3", "沙园社区", "S2", "小学操场", 120, 130),
            new BuildingRoute("B4", "青凤社区", "S3", "青凤广场", 480, 520),
        };
        var request = new DrillPlanRequest(
            Drill, "凤阳街道疏散演练", DrillKind.EvacuationDrill, ["沙园社区", "青凤社区"], new DateTime(2026, 12, 2, 19, 0, 0), "Mw 6.0 夜间", routes);
        var planned = DrillPlanner.Plan(request, null, world.Time.GetUtcNow());
        planned.IsSuccess.Should().BeTrue(planned.Message);
        await world.Drills.SaveAsync(planned.Plan!);
        var composer = new MessageComposer();
        var operations = new DrillOperations(
            world.Stores,
            new InjectDispatcher(world.Stores, composer, QuietHours.Default, world.Options, world.Time),
            new EscalationService(world.Stores, composer, world.Options, world.Time),
            world.Processor());
        return (world, operations, planned.Plan!);
    }

    [Fact]
    public async Task Alarm_ReachesTheVolunteersAndAssistantsOfTheTargetCommunities_WithExerciseMarkAndPersonalLink()
    {
        var (world, operations, _) = await ArrangeAsync();

        await operations.DispatchInjectAsync(Drill, DrillPlanner.AlarmId);

        var rows = world.Outbox.All;
        rows.Select(r => r.PersonId).Should().BeEquivalentTo(["V1", "V2", "V3", "V4", "A1", "A2"]);
        rows.Single(r => r.PersonId == "V4").Status.Should().Be(OutboxStatus.Suppressed);
        world.Gateway.Sent.Should().HaveCount(5);
        world.Gateway.Sent.Should().OnlyContain(s => s.Body.StartsWith(MessageComposer.ExerciseMarkerZh, StringComparison.Ordinal));
        var v1 = rows.Single(r => r.PersonId == "V1").Body;
        v1.Should().Contain("沙园公园").And.Contain("https://ack.example.cn/ack/");
        var token = v1[(v1.IndexOf("/ack/", StringComparison.Ordinal) + 5)..].Split('或', ' ', '，')[0];
        (await world.Acks.FindTokenAsync(token))!.PersonId.Should().Be("V1");
    }

    [Fact]
    public async Task Inject_DispatchedTwice_SendsEachPersonOneMessage()
    {
        var (world, operations, _) = await ArrangeAsync();

        await operations.DispatchInjectAsync(Drill, DrillPlanner.AlarmId);
        await operations.DispatchInjectAsync(Drill, DrillPlanner.AlarmId);

        world.Gateway.Sent.Select(s => s.To).Should().OnlyHaveUniqueItems().And.HaveCount(5);
    }

    [Fact]
    public async Task EveryMessageOfADrill_CarriesTheSameLinkForOnePerson()
    {
        var (world, operations, _) = await ArrangeAsync();

        await operations.DispatchInjectAsync(Drill, DrillPlanner.RemindId);
        await operations.DispatchInjectAsync(Drill, DrillPlanner.AlarmId);

        var token = await world.Acks.TokenForAsync(Drill, "V1");
        world.Outbox.All.Where(r => r.PersonId == "V1").Should().HaveCount(2)
            .And.OnlyContain(r => r.Body.Contains(token!.Token, StringComparison.Ordinal));
        world.Outbox.All.Where(r => r.PersonId == "V1").Select(r => r.Body).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task InjectDuringQuietHours_WaitsUntilMorning()
    {
        var (world, _, _) = await ArrangeAsync();
        world.Time.SetUtcNow(new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero)); // 23:00 in Shanghai
        var dispatcher = new InjectDispatcher(world.Stores, new MessageComposer(), QuietHours.Default, world.Options, world.Time);

        await dispatcher.EnqueueAsync(Drill, DrillPlanner.RemindId);

        world.Outbox.All.Should().OnlyContain(r => r.NotBefore == new DateTimeOffset(2026, 11, 20, 23, 0, 0, TimeSpan.Zero)); // 07:00 local
        (await world.Processor().ProcessAsync(null)).Should().Be(0);
    }

    [Fact]
    public async Task RealAlert_IgnoresQuietHours_AndCarriesNoExerciseMark()
    {
        var world = new DrillWorld();
        await world.Rosters.ImportAsync(Roster, DrillWorld.Start);
        world.Time.SetUtcNow(new DateTimeOffset(2026, 11, 20, 17, 30, 0, TimeSpan.Zero)); // 01:30 in Shanghai
        var alerts = new AlertService(world.Stores, new MessageComposer(), world.Options, world.Time);

        var (dispatchId, inserted) = await alerts.EnqueueAsync(
            new RealAlert("EQ1", "广州海珠区发生5.8级地震", "请立即撤离到空旷地带。", ["沙园社区"], world.Time.GetUtcNow()));
        await world.Processor().ProcessAsync(dispatchId);

        inserted.Should().Be(4);
        world.Gateway.Sent.Should().HaveCount(3).And.OnlyContain(s => !s.Body.Contains("演练", StringComparison.Ordinal));
        world.Gateway.Sent.Should().OnlyContain(s => s.Body.Contains("5.8级", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RealAlert_AfterFourDifferentTexts_CountsTheRecipientTheCarriersMayHoldForReview()
    {
        var world = new DrillWorld();
        await world.Rosters.ImportAsync(Roster, DrillWorld.Start);
        var v1 = Roster[0];
        var v2 = Roster[1];
        // Earlier the same day V1 got the four texts of a drill; V2 got one text three times (one distinct text) and
        // three others that failed and never reached the handset.
        string[] drillTexts = ["announce", "remind", "alarm", "all clear"];
        var earlier = drillTexts.Select((text, i) => Row($"D1/{i}", v1, "【演练】" + text, world))
            .Concat(Enumerable.Range(0, 3).Select(i => Row($"D2/{i}", v2, "same", world)))
            .Append(Row("D3/0", v2, "failed one", world))
            .Append(Row("D3/1", v2, "failed two", world))
            .Append(Row("D3/2", v2, "failed three", world))
            .ToList();
        await world.Outbox.EnqueueAsync(earlier);
        foreach (var failed in world.Outbox.All.Where(r => r.Body.StartsWith("failed", StringComparison.Ordinal)).ToList())
        {
            (await world.Outbox.CompleteAsync(failed.Id, null, OutboxStatus.Failed, "30008", world.Time.GetUtcNow())).Should().BeTrue();
        }

        world.Time.Advance(TimeSpan.FromHours(2));
        var alerts = new AlertService(world.Stores, new MessageComposer(), world.Options, world.Time);

        var (dispatchId, _) = await alerts.EnqueueAsync(
            new RealAlert("EQ2", "广州海珠区发生5.8级地震", "请立即撤离到空旷地带。", ["沙园社区"], world.Time.GetUtcNow()));
        await world.Processor().ProcessAsync(dispatchId);

        (await CarrierReview.CountAsync(world.Stores, dispatchId, world.Time.GetUtcNow())).Should().Be(1, "only V1 reaches five different texts");
        world.Time.Advance(TimeSpan.FromHours(23));
        (await CarrierReview.CountAsync(world.Stores, dispatchId, world.Time.GetUtcNow())).Should().Be(0, "the drill's texts have left the 24 h window");
    }

    private static OutboxMessage Row(string dispatchId, RosterPerson person, string body, DrillWorld world) =>
        new(0, OutboxMessage.KeyOf(dispatchId, person.Id), dispatchId, person.Id, person.PhoneE164, body, InjectKind.Alarm, OutboxStatus.Pending, 0,
            world.Time.GetUtcNow(), world.Time.GetUtcNow(), null, null, null, null, null, null);

    [Fact]
    public async Task Escalation_TellsAssistantsOfCommunitiesWithMissingVolunteers_AndThenTheCoordinator()
    {
        var (world, operations, _) = await ArrangeAsync();
        await operations.DispatchInjectAsync(Drill, DrillPlanner.AlarmId);
        var events = new DrillEvents(world.Stores, world.Options, world.Time);
        (await events.OnInboundSmsAsync(Roster[0].PhoneE164, "1")).Outcome.Should().Be(InboundOutcome.Acknowledged);
        (await events.OnInboundSmsAsync(Roster[2].PhoneE164, "到")).Outcome.Should().Be(InboundOutcome.Acknowledged);

        await operations.EscalateAsync(Drill, 1);
        await operations.EscalateAsync(Drill, 1);

        var level1 = world.Outbox.All.Where(r => r.DispatchId == EscalationService.DispatchId(Drill, 1)).ToList();
        level1.Should().ContainSingle().Which.PersonId.Should().Be("A1");
        level1[0].Body.Should().Contain(Roster[1].Name).And.NotContain(Roster[0].Name);

        await operations.EscalateAsync(Drill, 2);
        world.Outbox.All.Where(r => r.DispatchId == EscalationService.DispatchId(Drill, 2)).Should().ContainSingle()
            .Which.PersonId.Should().Be("C1");
    }

    [Fact]
    public async Task Escalation_WhenEveryoneAnswered_SendsNothing()
    {
        var (world, operations, _) = await ArrangeAsync();
        await operations.DispatchInjectAsync(Drill, DrillPlanner.AlarmId);
        var events = new DrillEvents(world.Stores, world.Options, world.Time);
        foreach (var v in Roster.Where(p => p.Role == RosterRole.Volunteer && p.Community != "其他社区"))
        {
            await events.OnInboundSmsAsync(v.PhoneE164, "2");
        }

        await operations.EscalateAsync(Drill, 1);

        world.Outbox.All.Should().NotContain(r => r.Kind == InjectKind.Escalation);
        var progress = await DrillProgress.ComputeAsync(world.Stores, Drill);
        progress.NeedHelp.Should().Be(3);
        progress.Suppressed.Should().Be(1);
    }

    [Fact]
    public async Task StatusCallbacks_MoveRowsToFinalStates_And21610WithdrawsConsent()
    {
        var (world, operations, _) = await ArrangeAsync();
        await operations.DispatchInjectAsync(Drill, DrillPlanner.AlarmId);
        var events = new DrillEvents(world.Stores, world.Options, world.Time);
        var v1 = world.Outbox.All.Single(r => r.PersonId == "V1");
        var v2 = world.Outbox.All.Single(r => r.PersonId == "V2");

        await events.OnDeliveryStatusAsync(v1.ProviderSid!, "delivered", null);
        await events.OnDeliveryStatusAsync(v1.ProviderSid!, "sent", null);
        await events.OnDeliveryStatusAsync(v2.ProviderSid!, "undelivered", "21610");

        world.Outbox.All.Single(r => r.PersonId == "V1").Status.Should().Be(OutboxStatus.Delivered);
        world.Outbox.All.Single(r => r.PersonId == "V2").Status.Should().Be(OutboxStatus.Undelivered);
        (await world.Rosters.FindAsync("V2"))!.Consent.Should().Be(ConsentState.OptedOut);
        var progress = await DrillProgress.ComputeAsync(world.Stores, Drill);
        progress.Delivered.Should().Be(1);
        progress.Failed.Should().Be(1);
    }

    [Fact]
    public async Task InboundStopAndStart_ChangeConsent_AndUnknownSendersChangeNothing()
    {
        var (world, _, _) = await ArrangeAsync();
        var events = new DrillEvents(world.Stores, world.Options, world.Time);

        (await events.OnInboundSmsAsync(Roster[0].PhoneE164, "退订")).Outcome.Should().Be(InboundOutcome.OptedOut);
        (await world.Rosters.FindAsync("V1"))!.Consent.Should().Be(ConsentState.OptedOut);
        (await events.OnInboundSmsAsync(Roster[0].PhoneE164, "START")).Outcome.Should().Be(InboundOutcome.OptedIn);
        (await world.Rosters.FindAsync("V1"))!.Consent.Should().Be(ConsentState.OptedIn);
        (await world.Rosters.ConsentHistoryAsync("V1")).Select(c => c.Source).Should().Equal("import", "sms-stop", "sms-start");

        (await events.OnInboundSmsAsync("+8613900000000", "1")).Outcome.Should().Be(InboundOutcome.UnknownSender);
        (await events.OnInboundSmsAsync(Roster[0].PhoneE164, "你好")).Outcome.Should().Be(InboundOutcome.Unrecognised);
    }

    [Fact]
    public async Task LinkAcknowledgement_RecordsTheAnswer_AndShowsTheShelter()
    {
        var (world, operations, _) = await ArrangeAsync();
        await operations.DispatchInjectAsync(Drill, DrillPlanner.AlarmId);
        var events = new DrillEvents(world.Stores, world.Options, world.Time);
        var token = (await world.Acks.TokenForAsync(Drill, "V3"))!.Token;

        var before = await events.ViewLinkAsync(token);
        var after = await events.AcknowledgeByLinkAsync(token, AckKind.NeedHelp);

        before!.Current.Should().BeNull();
        before.IsExercise.Should().BeTrue();
        before.ShelterName.Should().Be("青凤广场");
        before.WalkMinutes.Should().Be(8);
        after!.Current.Should().Be(AckKind.NeedHelp);
        (await world.Acks.ListAsync(Drill)).Should().ContainSingle(a => a.PersonId == "V3" && a.Channel == AckChannel.Link);
        (await events.ViewLinkAsync("A" + token[1..] + "x")).Should().BeNull();
    }
}
