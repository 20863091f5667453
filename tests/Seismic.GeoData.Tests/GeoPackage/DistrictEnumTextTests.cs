using Seismic.Engine.District;
using Seismic.GeoData.GeoPackage;

namespace Seismic.GeoData.Tests.GeoPackage;

public class DistrictEnumTextTests
{
    [Fact]
    public void ToText_WritesSnakeCase_ForTheSurveyVocabulary()
    {
        DistrictEnumText.ToText(StructureType.RcFrame).Should().Be("rc_frame");
        DistrictEnumText.ToText(StructureType.FrameShearWall).Should().Be("frame_shear_wall");
        DistrictEnumText.ToText(StructureType.ConfinedMasonry).Should().Be("confined_masonry");
        DistrictEnumText.ToText(StructureType.AdobeStone).Should().Be("adobe_stone");
        DistrictEnumText.ToText(ShelterCategory.ClassI).Should().Be("class_i");
        DistrictEnumText.ToText(ShelterCategory.ClassIII).Should().Be("class_iii");
        DistrictEnumText.ToText(ShelterCategory.Immediate).Should().Be("immediate");
        DistrictEnumText.ToText(RoadClass.Residential).Should().Be("residential");
        DistrictEnumText.ToText(BuildingUse.School).Should().Be("school");
    }

    [Fact]
    public void TryParse_ReadsBackEveryValue_OfEveryDistrictEnum()
    {
        AssertRoundTrip<StructureType>();
        AssertRoundTrip<BuildingUse>();
        AssertRoundTrip<ShelterCategory>();
        AssertRoundTrip<RoadClass>();
        AssertRoundTrip<RoadStructure>();
    }

    [Fact]
    public void TryParse_IgnoresCaseAndSpaces_AndRejectsUnknownText()
    {
        DistrictEnumText.TryParse<StructureType>(" RC_Frame ", out var parsed).Should().BeTrue();
        parsed.Should().Be(StructureType.RcFrame);
        DistrictEnumText.TryParse<StructureType>("RcFrame", out _).Should().BeFalse("only the stored snake_case form is accepted");
        DistrictEnumText.TryParse<StructureType>(null, out _).Should().BeFalse();
    }

    [Fact]
    public void ToText_Throws_ForUndefinedValue()
    {
        var act = () => DistrictEnumText.ToText((StructureType)99);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static void AssertRoundTrip<TEnum>()
        where TEnum : struct, Enum
    {
        var texts = DistrictEnumText.AllTexts<TEnum>();
        texts.Should().OnlyHaveUniqueItems().And.AllSatisfy(t => t.Should().MatchRegex("^[a-z]+(_[a-z]+)*$"));
        foreach (var value in Enum.GetValues<TEnum>())
        {
            DistrictEnumText.TryParse<TEnum>(DistrictEnumText.ToText(value), out var back).Should().BeTrue();
            back.Should().Be(value);
        }
    }
}
