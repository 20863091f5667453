using Seismic.Engine.Buildings;
using Seismic.Engine.District;
using Seismic.GeoData.GeoPackage;
using Seismic.GeoData.Survey;

namespace Seismic.GeoData.Tests.Survey;

public class SurveyValueNamesTests
{
    // The structure-type words the survey accepted when the survey kept its own list beside the engine's: the
    // snake_case English names and these Chinese words. Written out here so that the shared list cannot drift.
    private static readonly (string Word, StructureType Type)[] SurveyWords =
    [
        ("masonry", StructureType.Masonry), ("confined_masonry", StructureType.ConfinedMasonry),
        ("rc_frame", StructureType.RcFrame), ("frame_shear_wall", StructureType.FrameShearWall),
        ("shear_wall", StructureType.ShearWall), ("steel", StructureType.Steel), ("timber", StructureType.Timber),
        ("adobe_stone", StructureType.AdobeStone), ("other", StructureType.Other),
        ("砖混", StructureType.Masonry), ("砖混结构", StructureType.Masonry), ("砌体", StructureType.Masonry),
        ("约束砌体", StructureType.ConfinedMasonry), ("底框", StructureType.ConfinedMasonry),
        ("框架", StructureType.RcFrame), ("框架结构", StructureType.RcFrame),
        ("框剪", StructureType.FrameShearWall), ("框架-剪力墙", StructureType.FrameShearWall),
        ("框架剪力墙", StructureType.FrameShearWall),
        ("剪力墙", StructureType.ShearWall), ("剪力墙结构", StructureType.ShearWall),
        ("钢结构", StructureType.Steel), ("钢", StructureType.Steel),
        ("木结构", StructureType.Timber), ("木", StructureType.Timber),
        ("土木", StructureType.AdobeStone), ("石结构", StructureType.AdobeStone), ("生土", StructureType.AdobeStone),
        ("其他", StructureType.Other), ("其它", StructureType.Other),
    ];

    public static TheoryData<string, StructureType> Words()
    {
        var data = new TheoryData<string, StructureType>();
        foreach (var (word, type) in SurveyWords)
        {
            data.Add(word, type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Words))]
    public void TryStructure_MapsEverySurveyWordToTheSameTypeAsBefore(string word, StructureType type)
    {
        SurveyValueNames.TryStructure(word, out var parsed).Should().BeTrue();
        parsed.Should().Be(type);
        StructureTypeNames.TryParse(word, out var shared).Should().BeTrue();
        shared.Should().Be(type, "the survey and the engine's tables read structure types from one list");
    }

    [Fact]
    public void TryStructure_AcceptsNoWordBeyondTheSurveyList()
    {
        StructureTypeNames.All.Keys.Should().BeEquivalentTo(SurveyWords.Select(w => w.Word));
        SurveyValueNames.TryStructure("砖木", out _).Should().BeFalse();
        SurveyValueNames.TryStructure("rc frame", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("RC_FRAME", StructureType.RcFrame)]
    [InlineData("  框剪 ", StructureType.FrameShearWall)]
    public void TryStructure_IgnoresCaseAndSurroundingSpace(string word, StructureType type)
    {
        SurveyValueNames.TryStructure(word, out var parsed).Should().BeTrue();
        parsed.Should().Be(type);
    }

    [Fact]
    public void StructureTypes_ListsTheEnglishNameOfEveryType()
    {
        SurveyValueNames.StructureTypes.Split(" | ").Should().Equal(
            Enum.GetValues<StructureType>().Select(t => DistrictEnumText.ToText(t)));
    }
}
