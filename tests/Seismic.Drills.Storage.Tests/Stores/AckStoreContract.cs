using Seismic.Drills.Acks;

namespace Seismic.Drills.Storage.Tests.Stores;

/// <summary>The acknowledgement contract (IAckStore's documentation), run against every backend.</summary>
public abstract class AckStoreContract(Backend backend) : StoreTestBase(backend)
{
    private IAckStore Acks => Storage.Acks;

    [Fact]
    public async Task AddTokens_KeepsTheFirstTokenOfAPerson_ForADrill()
    {
        await Acks.AddTokensAsync([new AckToken("tok-a", "D1", "V1", Samples.T0), new AckToken("tok-b", "D1", "V2", Samples.T0)]);
        await Acks.AddTokensAsync([new AckToken("tok-c", "D1", "V1", Samples.T0.AddHours(1)), new AckToken("tok-d", "D2", "V1", Samples.T0)]);

        (await Acks.TokenForAsync("D1", "V1"))!.Token.Should().Be("tok-a");
        (await Acks.TokenForAsync("D2", "V1"))!.Token.Should().Be("tok-d");
        (await Acks.FindTokenAsync("tok-b")).Should().Be(new AckToken("tok-b", "D1", "V2", Samples.T0));
        (await Acks.FindTokenAsync("tok-c")).Should().BeNull();
        (await Acks.TokenForAsync("D3", "V1")).Should().BeNull();
    }

    [Fact]
    public async Task AddTokens_Fails_WhenATokenStringIsAlreadyUsedByAnotherPerson()
    {
        await Acks.AddTokensAsync([new AckToken("same", "D1", "V1", Samples.T0)]);

        await FluentActions.Invoking(() => Acks.AddTokensAsync([new AckToken("same", "D1", "V2", Samples.T0)]))
            .Should().ThrowAsync<Exception>();
        (await Acks.TokenForAsync("D1", "V2")).Should().BeNull();
    }

    [Fact]
    public async Task Record_StoresARedeliveredAnswerOnce_ButTheSameWordsSentLaterAgain()
    {
        var safe = new Acknowledgement("D1", "V1", AckKind.Safe, AckChannel.Sms, Samples.T0.AddMinutes(3), "1");

        (await Acks.RecordAsync(safe)).Should().BeTrue();
        (await Acks.RecordAsync(safe)).Should().BeFalse("a retried webhook is the same answer");
        (await Acks.RecordAsync(safe with { At = Samples.T0.AddMinutes(4) })).Should().BeTrue("the same words later are a new answer");
        (await Acks.RecordAsync(safe with { Channel = AckChannel.Link, Text = null })).Should().BeTrue();

        (await Acks.ListAsync("D1")).Should().HaveCount(3);
    }

    [Fact]
    public async Task Record_NeverLetsARedeliveryOfAnOlderAnswerHideANeedHelp()
    {
        var safe = new Acknowledgement("D1", "V1", AckKind.Safe, AckChannel.Sms, Samples.T0.AddMinutes(3), "1");
        var help = new Acknowledgement("D1", "V1", AckKind.NeedHelp, AckChannel.Sms, Samples.T0.AddMinutes(6), "2");
        await Acks.RecordAsync(safe);
        await Acks.RecordAsync(help);

        (await Acks.RecordAsync(safe)).Should().BeFalse();

        IReadOnlyList<Acknowledgement> answers = await Acks.ListAsync("D1");
        answers.Should().Equal(safe, help);
        answers[^1].Kind.Should().Be(AckKind.NeedHelp);
    }

    [Fact]
    public async Task List_ReturnsOneDrillsAnswers_OldestFirst()
    {
        var late = new Acknowledgement("D1", "V2", AckKind.Safe, AckChannel.Link, Samples.T0.AddMinutes(8), null);
        var early = new Acknowledgement("D1", "V1", AckKind.Safe, AckChannel.Sms, Samples.T0.AddMinutes(2), "到");
        await Acks.RecordAsync(late);
        await Acks.RecordAsync(early);
        await Acks.RecordAsync(early with { DrillId = "D2" });

        (await Acks.ListAsync("D1")).Should().Equal(early, late);
    }
}
