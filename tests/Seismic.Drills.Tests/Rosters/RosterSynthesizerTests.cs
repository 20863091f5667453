using Seismic.Drills.Rosters;

namespace Seismic.Drills.Tests.Rosters;

public class RosterSynthesizerTests
{
    private static readonly CommunityStreet[] Communities = Enumerable.Range(1, 50)
        .Select(i => new CommunityStreet($"社区{i:00}", $"街道{(i - 1) / 5 + 1:00}"))
        .ToArray();

    [Fact]
    public void Generate_IsDeterministic_ForASeed()
    {
        var a = RosterSynthesizer.Generate(Communities, 42);
        var b = RosterSynthesizer.Generate(Communities, 42);
        var c = RosterSynthesizer.Generate(Communities, 43);

        RosterCsvWriter.Write(a).Should().Be(RosterCsvWriter.Write(b));
        RosterCsvWriter.Write(a).Should().NotBe(RosterCsvWriter.Write(c));
    }

    [Fact]
    public void Generate_GivesEachCommunityVolunteersAndAssistants_AndEachStreetCoordinators()
    {
        var people = RosterSynthesizer.Generate(Communities, 7);

        foreach (var c in Communities)
        {
            people.Count(p => p.Community == c.Community && p.Role == RosterRole.Volunteer).Should().Be(40);
            people.Count(p => p.Community == c.Community && p.Role == RosterRole.Assistant).Should().Be(3);
        }

        foreach (var street in Communities.Select(c => c.Street).Distinct())
        {
            people.Count(p => p.Street == street && p.Role == RosterRole.Coordinator).Should().BeInRange(1, 2);
        }

        people.Select(p => p.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Generate_UsesUniqueFakeNumbers_ThatPassValidation()
    {
        var people = RosterSynthesizer.Generate(Communities, 7);

        people.Select(p => p.PhoneE164).Should().OnlyHaveUniqueItems();
        foreach (var p in people)
        {
            p.PhoneE164.Should().StartWith(RosterSynthesizer.FakePhonePrefix).And.HaveLength(14);
            RosterPhone.TryNormalize(p.PhoneE164, out var e164, out var reason).Should().BeTrue(reason);
            e164.Should().Be(p.PhoneE164);
        }
    }

    [Fact]
    public void Generate_MixesOptOutsLanguagesAndSkills_NearTheConfiguredShares()
    {
        var people = RosterSynthesizer.Generate(Communities, 11);
        var n = (double)people.Count;

        // 2,150+ people; a binomial share of 3 % has a standard deviation of ~0.37 %, so ±1.5 % is over 4 sigma.
        (people.Count(p => p.Consent == ConsentState.OptedOut) / n).Should().BeApproximately(0.03, 0.015);
        (people.Count(p => p.Language == "en") / n).Should().BeApproximately(0.05, 0.02);
        people.Should().Contain(p => p.Skills.Contains("radio"));
        people.Should().Contain(p => p.Skills.Contains("search_rescue"));
        people.Where(p => p.Role != RosterRole.Volunteer).Should().OnlyContain(p => p.Skills.Contains("first_aid"));
    }

    [Fact]
    public void Writer_RoundTrips_ThroughTheReader()
    {
        var people = RosterSynthesizer.Generate(Communities.Take(3).ToArray(), 5);

        var back = RosterCsvReader.Read(RosterCsvWriter.WriteUtf8WithBom(people), "roster.csv");

        back.IsSuccess.Should().BeTrue(back.Summary);
        back.People.Should().BeEquivalentTo(people, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Writer_QuotesFields_WithCommasAndQuotes()
    {
        var person = new RosterPerson("V1", "Chen, \"JJ\"", RosterRole.Volunteer, "青凤社区", "南洲街道", "+8613800138000", "en", ["radio"], "any", ConsentState.OptedIn);

        var back = RosterCsvReader.Parse(RosterCsvWriter.Write([person]), "r.csv");

        back.People.Should().ContainSingle().Which.Should().BeEquivalentTo(person);
    }
}
