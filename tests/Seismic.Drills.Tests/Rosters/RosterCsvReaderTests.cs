using Seismic.Drills.Rosters;

namespace Seismic.Drills.Tests.Rosters;

public class RosterCsvReaderTests
{
    private static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "data", "rosters", name);

    [Fact]
    public void Read_NormalisesPhonesToE164_AndReadsOptionalColumns_WhenUtf8WithBom()
    {
        var result = RosterCsvReader.ReadFile(Data("valid_en.csv"));

        result.IsSuccess.Should().BeTrue(result.Summary);
        result.Encoding.Should().Be("UTF-8 (BOM)");
        result.People.Select(p => p.PhoneE164).Should().Equal("+8613800138000", "+8613912345678", "+8613712345678", "+8615012345678");
        var first = result.People[0];
        first.Skills.Should().Equal("first_aid", "radio");
        first.Language.Should().Be("zh-Hans");
        result.People[1].Consent.Should().Be(ConsentState.OptedOut);
        result.People[2].Language.Should().Be("zh-Hans", "an empty language means Chinese");
        result.People[2].Consent.Should().Be(ConsentState.OptedIn, "an empty consent means yes");
        result.People[3].Name.Should().Be("Chen, Jie");
        result.People[3].Role.Should().Be(RosterRole.Coordinator);
    }

    [Fact]
    public void Read_AcceptsChineseHeadersAndWords_WhenGb18030()
    {
        var result = RosterCsvReader.ReadFile(Data("valid_zh_gb18030.csv"));

        result.IsSuccess.Should().BeTrue(result.Summary);
        result.Encoding.Should().Be("GB18030");
        result.People.Select(p => p.Role).Should().Equal(RosterRole.Volunteer, RosterRole.Assistant, RosterRole.Assistant, RosterRole.Coordinator);
        result.People[0].Name.Should().Be("刘洋");
        result.People[0].Skills.Should().Equal("first_aid", "search_rescue");
        result.People[1].Skills.Should().Equal("radio");
        result.People[2].Consent.Should().Be(ConsentState.OptedOut);
        result.People[3].Language.Should().Be("en");
        result.People[0].Availability.Should().Be("周末");
    }

    [Fact]
    public void Read_ListsEveryBadRow_WithLineColumnAndValue_AndReturnsNobody()
    {
        var result = RosterCsvReader.ReadFile(Data("bad_rows.csv"));

        result.IsSuccess.Should().BeFalse();
        result.Encoding.Should().Be("UTF-8");
        result.People.Should().BeEmpty("the import is all-or-nothing");
        result.Errors.Select(e => (e.Line, e.Column, e.Value)).Should().Equal(
            (3, "phone", "12345678901"),
            (4, "role", "medic"),
            (5, "id", "V001"),
            (6, "phone", "+86 138 0013 8000"),
            (7, "language", "fr"),
            (7, "skills", "cooking"),
            (7, "consent", "maybe"),
            (8, "name", ""));
        result.Errors[2].Reason.Should().Contain("line 2");
        result.Errors[3].Reason.Should().Contain("+8613800138000").And.Contain("line 2");
        result.Summary.Should().StartWith("bad_rows.csv line 3, phone '12345678901':").And.EndWith("(and 7 more errors)");
    }

    [Fact]
    public void Read_RefusesFile_WhenRequiredColumnMissingOrUnknownColumn()
    {
        var result = RosterCsvReader.Parse("id,name,role,community,street,mobile\nV1,王伟,volunteer,青凤社区,南洲街道,13800138000\n", "r.csv");

        result.IsSuccess.Should().BeFalse();
        result.Errors.Should().Contain(e => e.Line == 1 && e.Column == "mobile" && e.Reason.StartsWith("unknown column"));
        result.Errors.Should().Contain(e => e.Line == 1 && e.Column == "phone" && e.Reason == "required column is missing");
    }

    [Fact]
    public void Read_ReportsLine_OfRowAfterQuotedMultilineField()
    {
        var text = "id,name,role,community,street,phone,availability\n" +
                   "V1,王伟,volunteer,青凤社区,南洲街道,13800138000,\"weekends\nand evenings\"\n" +
                   "V2,李娜,boss,青凤社区,南洲街道,13800138001,any\n";

        var result = RosterCsvReader.Parse(text, "r.csv");

        result.Errors.Should().ContainSingle().Which.Line.Should().Be(4);
    }

    [Theory]
    [InlineData("138 0013 8000", "+8613800138000")]
    [InlineData("+86 138-0013-8000", "+8613800138000")]
    [InlineData("008613800138000", "+8613800138000")]
    [InlineData("17000123456", "+8617000123456")]
    public void Phone_NormalisesValidMainlandMobile_ToE164(string input, string expected)
    {
        RosterPhone.TryNormalize(input, out var e164, out var reason).Should().BeTrue(reason);
        e164.Should().Be(expected);
    }

    [Theory]
    [InlineData("12345678901")] // 11 digits starting with 1 — possible, but 123 is no allocated block
    [InlineData("1380013800")] // 10 digits
    [InlineData("14012345678")] // unallocated 140 block
    [InlineData("not a number")]
    [InlineData("")]
    public void Phone_RejectsNumber_ThatIsNotValid(string input)
    {
        RosterPhone.TryNormalize(input, out var e164, out var reason).Should().BeFalse();
        e164.Should().BeEmpty();
        reason.Should().NotBeEmpty();
    }
}
