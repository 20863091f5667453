using Seismic.Drills.Rosters;

namespace Seismic.Drills.Storage.Tests.Stores;

/// <summary>The roster contract (IRosterStore's documentation), run against every backend.</summary>
public abstract class RosterStoreContract(Backend backend) : StoreTestBase(backend)
{
    private IRosterStore Roster => Storage.Rosters;

    [Fact]
    public async Task Import_InsertsThenUpdates_AndCountsOnlyPeopleThatChanged()
    {
        RosterPerson[] people =
        [
            Samples.Person("V00001", "+8613900000001"),
            Samples.Person("V00002", "+8613900000002"),
            Samples.Person("A00001", "+8613900000003", role: RosterRole.Assistant),
        ];
        (await Roster.ImportAsync(people, Samples.T0)).Should().Be(3);
        (await Roster.ImportAsync(people, Samples.T0.AddDays(1))).Should().Be(0);

        RosterPerson moved = people[1] with { Community = "南洲社区", Skills = ["search_rescue"] };
        (await Roster.ImportAsync([people[0], moved], Samples.T0.AddDays(2))).Should().Be(1);

        RosterPerson? stored = await Roster.FindAsync("V00002");
        stored.Should().BeEquivalentTo(moved);
        (await Roster.ListAsync()).Select(p => p.Id).Should().Equal("A00001", "V00001", "V00002");
    }

    [Fact]
    public async Task Import_StoresNothing_WhenOneRowViolatesAConstraint()
    {
        await Roster.ImportAsync([Samples.Person("V00001", "+8613900000001")], Samples.T0);
        RosterPerson[] batch =
        [
            Samples.Person("V00001", "+8613900000009"),
            Samples.Person("V00002", "+8613900000002"),
            Samples.Person("V00003", "+8613900000002"),
        ];

        Func<Task> import = () => Roster.ImportAsync(batch, Samples.T0.AddDays(1));

        (await import.Should().ThrowAsync<DrillsStorageException>()).Which.Message.Should().Contain("row 3").And.Contain("V00003");
        IReadOnlyList<RosterPerson> stored = await Roster.ListAsync();
        stored.Should().ContainSingle().Which.PhoneE164.Should().Be("+8613900000001");
        (await Roster.ConsentHistoryAsync("V00002")).Should().BeEmpty();
    }

    [Fact]
    public async Task Import_IsRefused_ForAnUndefinedRole()
    {
        RosterPerson bad = Samples.Person("X1", "+8613900000001", role: (RosterRole)42);

        await FluentActions.Invoking(() => Roster.ImportAsync([Samples.Person("V1", "+8613900000002"), bad], Samples.T0))
            .Should().ThrowAsync<DrillsStorageException>().WithMessage("*row 2*X1*");
        (await Roster.ListAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task List_FiltersByCommunityAndRole()
    {
        await Roster.ImportAsync(
            [
                Samples.Person("V1", "+8613900000001", "青凤社区"),
                Samples.Person("V2", "+8613900000002", "南洲社区"),
                Samples.Person("A1", "+8613900000003", "青凤社区", RosterRole.Assistant),
                Samples.Person("C1", "+8613900000004", "龙潭社区", RosterRole.Coordinator),
            ],
            Samples.T0);

        (await Roster.ListAsync(["青凤社区"])).Select(p => p.Id).Should().Equal("A1", "V1");
        (await Roster.ListAsync(null, [RosterRole.Volunteer])).Select(p => p.Id).Should().Equal("V1", "V2");
        (await Roster.ListAsync(["青凤社区", "龙潭社区"], [RosterRole.Assistant, RosterRole.Coordinator])).Select(p => p.Id)
            .Should().Equal("A1", "C1");
        (await Roster.ListAsync([], [])).Should().HaveCount(4);
    }

    [Fact]
    public async Task FindByPhone_ReturnsThePersonWithThatNumber_OrNull()
    {
        await Roster.ImportAsync([Samples.Person("V1", "+8613900000001"), Samples.Person("V2", "+8613900000002")], Samples.T0);

        (await Roster.FindByPhoneAsync("+8613900000002"))!.Id.Should().Be("V2");
        (await Roster.FindByPhoneAsync("+8613900000003")).Should().BeNull();
        (await Roster.FindAsync("nobody")).Should().BeNull();
    }

    [Fact]
    public async Task SetConsent_KeepsTheHistory_AndTheNewestEntryIsTheCurrentState()
    {
        await Roster.ImportAsync([Samples.Person("V1", "+8613900000001")], Samples.T0);
        var stop = new ConsentChange("V1", ConsentState.OptedOut, Samples.T0.AddDays(1), "sms-stop");
        var start = new ConsentChange("V1", ConsentState.OptedIn, Samples.T0.AddDays(3), "sms-start");

        await Roster.SetConsentAsync(stop);
        await Roster.SetConsentAsync(stop);
        (await Roster.FindAsync("V1"))!.Consent.Should().Be(ConsentState.OptedOut);
        await Roster.SetConsentAsync(start);
        var lateProvider = new ConsentChange("V1", ConsentState.OptedOut, Samples.T0.AddDays(2), "provider-21610");
        await Roster.SetConsentAsync(lateProvider);

        (await Roster.FindAsync("V1"))!.Consent.Should().Be(ConsentState.OptedIn, "the START is newer than the late-arriving 21610");
        IReadOnlyList<ConsentChange> history = await Roster.ConsentHistoryAsync("V1");
        history.Select(c => c.Source).Should().Equal("import", "sms-stop", "provider-21610", "sms-start");
        history[1].Should().Be(stop);
    }

    [Fact]
    public async Task Import_AddsAHistoryEntry_OnlyWhenConsentDiffersFromTheStoredState()
    {
        RosterPerson person = Samples.Person("V1", "+8613900000001");
        await Roster.ImportAsync([person], Samples.T0);
        await Roster.ImportAsync([person with { Name = "张伟" }], Samples.T0.AddDays(1));
        await Roster.ImportAsync([person with { Consent = ConsentState.OptedOut }], Samples.T0.AddDays(2));

        IReadOnlyList<ConsentChange> history = await Roster.ConsentHistoryAsync("V1");

        history.Should().Equal(
            new ConsentChange("V1", ConsentState.OptedIn, Samples.T0, "import"),
            new ConsentChange("V1", ConsentState.OptedOut, Samples.T0.AddDays(2), "import"));
    }

    [Fact]
    public async Task SetConsent_IsRefused_ForAnUnknownPerson()
    {
        await FluentActions.Invoking(() => Roster.SetConsentAsync(new ConsentChange("ghost", ConsentState.OptedOut, Samples.T0, "sms-stop")))
            .Should().ThrowAsync<DrillsStorageException>().WithMessage("*ghost*");
    }
}
