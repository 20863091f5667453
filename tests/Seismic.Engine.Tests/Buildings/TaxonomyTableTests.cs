using Seismic.Engine.Buildings;
using Seismic.Engine.District;

namespace Seismic.Engine.Tests.Buildings;

public class TaxonomyTableTests
{
    private static readonly TaxonomyTable Table = TaxonomyTable.Default;

    // Expected rows typed from engine/Seismic.Engine/Data/taxonomy_structure_types.csv (HAZUS height ranges:
    // L 1-3, M 4-7, H 8+; URM L 1-2, M 3+).
    [Theory]
    [InlineData(StructureType.Masonry, 2, "URML", "URML", "URM")]
    [InlineData(StructureType.Masonry, 3, "URMM", "URMM", "URM")]
    [InlineData(StructureType.ConfinedMasonry, 3, "RM1L", "RM1L", "RM1")]
    [InlineData(StructureType.ConfinedMasonry, 6, "RM1M", "RM1M", "RM1")]
    [InlineData(StructureType.RcFrame, 1, "C1L", "C1L", "C1")]
    [InlineData(StructureType.RcFrame, 7, "C1M", "C1M", "C1")]
    [InlineData(StructureType.RcFrame, 8, "C1H", "C1H", "C1")]
    [InlineData(StructureType.FrameShearWall, 12, "C2H", "C2H", "C2")]
    [InlineData(StructureType.ShearWall, 30, "C2H", "C2H", "C2")]
    [InlineData(StructureType.ShearWall, 5, "C2M", "C2M", "C2")]
    [InlineData(StructureType.Steel, 2, "S1L", "S1L", "S1")]
    [InlineData(StructureType.Steel, 20, "S1H", "S1M", "S1")]
    [InlineData(StructureType.Timber, 1, "W1", "W1", "W1")]
    [InlineData(StructureType.Timber, 3, "W2", "W2", "W2")]
    [InlineData(StructureType.AdobeStone, 1, "URML", "URML", "URM")]
    [InlineData(StructureType.Other, 4, "URMM", "URMM", "URM")]
    public void Classify_MapsStructureTypeAndStoreys_ToHazusAndFemaTypes(
        StructureType type, int storeys, string hazus, string fragility, string fema)
    {
        var taxonomy = Table.Classify(type, storeys, 2005, 7, BuildingUse.Residential);

        taxonomy.HazusType.Code.Should().Be(hazus);
        taxonomy.FragilityType.Should().Be(fragility);
        taxonomy.Fema154Type.Should().Be(fema);
    }

    [Theory]
    [InlineData(1975, 7, CodeLevel.Pre)]
    [InlineData(1985, 7, CodeLevel.Low)]
    [InlineData(1985, null, CodeLevel.Pre)]
    [InlineData(1995, 7, CodeLevel.Moderate)]
    [InlineData(1995, 6, CodeLevel.Low)]
    [InlineData(1995, null, CodeLevel.Pre)]
    [InlineData(2005, 7, CodeLevel.High)]
    [InlineData(2005, 6, CodeLevel.Moderate)]
    [InlineData(2005, null, CodeLevel.Low)]
    [InlineData(2015, 8, CodeLevel.High)]
    [InlineData(null, 7, CodeLevel.Pre)]
    public void Classify_AssignsCodeLevel_ByEraAndDesignIntensity(int? year, int? intensity, CodeLevel expected) =>
        Table.Classify(StructureType.RcFrame, 5, year, intensity, BuildingUse.Office).CodeLevel.Should().Be(expected);

    [Fact]
    public void Classify_BuildsGemTaxonomyString_FromMaterialSystemCodeHeightDateAndOccupancy()
    {
        Table.Classify(StructureType.RcFrame, 5, 1995, 7, BuildingUse.Residential).GemTaxonomy
            .Should().Be("CR/LFM+CDM/H:5/YEX:1995/RES");
        Table.Classify(StructureType.Masonry, 2, null, null, BuildingUse.School).GemTaxonomy
            .Should().Be("MUR/LWAL+CDN/H:2/Y99/EDU2");
        Table.Classify(StructureType.FrameShearWall, 18, 2012, 7, BuildingUse.Hospital).GemTaxonomy
            .Should().Be("CR/LDUAL+CDH/H:18/YEX:2012/COM4");
    }

    [Fact]
    public void LoadOverride_ReplacesMapping_WhenOfficeTableGiven()
    {
        var csv = Header + string.Join('\n', AllTypesExcept("rc_frame")) + "\nrc_frame,1,999,C2L,C2L,C2,CR,LFM\n";

        var table = TaxonomyTable.LoadOverride(new StringReader(csv), null);

        table.Classify(StructureType.RcFrame, 10, 2005, 7, BuildingUse.Office).HazusType.Code.Should().Be("C2L");
        table.Classify(StructureType.RcFrame, 10, 2005, 7, BuildingUse.Office).CodeLevel.Should().Be(CodeLevel.High);
    }

    [Fact]
    public void LoadOverride_ReportsLineAndColumn_WhenStructureTypeUnknown()
    {
        var csv = Header + "# comment line\nmasonry,1,999,URML,URML,URM,MUR,LWAL\nbrick,1,999,URML,URML,URM,MUR,LWAL\n";

        var act = () => TaxonomyTable.LoadOverride(new StringReader(csv), null, "office.csv");

        act.Should().Throw<ReferenceTableException>()
            .Where(e => e.Line == 4 && e.Message.Contains("office.csv line 4") && e.Message.Contains("structure_type") && e.Message.Contains("brick"));
    }

    [Fact]
    public void LoadOverride_ReportsRow_WhenStoreyRangesOverlap()
    {
        var csv = Header + string.Join('\n', AllTypesExcept("steel")) +
                  "\nsteel,1,5,S1L,S1L,S1,S,LFM\nsteel,4,999,S1M,S1M,S1,S,LFM\n";
        var overlapLine = csv.Split('\n').ToList().FindIndex(l => l.StartsWith("steel,4", StringComparison.Ordinal)) + 1;

        var act = () => TaxonomyTable.LoadOverride(new StringReader(csv), null, "office.csv");

        act.Should().Throw<ReferenceTableException>().Where(e => e.Line == overlapLine && e.Message.Contains("should start at 6"));
    }

    [Fact]
    public void LoadOverride_ReportsRow_WhenCodeLevelInvalid()
    {
        const string csv = "year_min,year_max,intensity_min,intensity_max,code_level\nunknown,,none,9,pre\n,,none,9,excellent\n";

        var act = () => TaxonomyTable.LoadOverride(null, new StringReader(csv), codeLevelsName: "codes.csv");

        act.Should().Throw<ReferenceTableException>().Where(e => e.Line == 3 && e.Message.Contains("code_level"));
    }

    [Fact]
    public void LoadOverride_Fails_WhenAnEraIsNotCovered()
    {
        const string csv = "year_min,year_max,intensity_min,intensity_max,code_level\nunknown,,none,9,pre\n,2000,none,9,pre\n";

        var act = () => TaxonomyTable.LoadOverride(null, new StringReader(csv), codeLevelsName: "codes.csv");

        act.Should().Throw<ReferenceTableException>().WithMessage("*no rule covers year 2001*");
    }

    [Fact]
    public void FromBuilding_MakesSchoolsAndHospitalsKey()
    {
        var building = new Building("H1", new NetTopologySuite.Geometries.Point(113.3, 23.1), StructureType.RcFrame, 1990, 4, 0,
            12, 3000, BuildingUse.Hospital, 300, 120, "s", "c", "addr", "hospital");

        var record = SurveyRecord.FromBuilding(building, 7);

        record.Importance.Should().Be(ImportanceCategory.Key);
        record.IsKeyCategory.Should().BeTrue();
        record.PeakOccupants.Should().Be(300);
        record.DesignIntensity.Should().Be(7);
    }

    private const string Header = "structure_type,storeys_min,storeys_max,hazus_type,fragility_type,fema154_type,gem_material,gem_llrs\n";

    private static IEnumerable<string> AllTypesExcept(string skipped)
    {
        string[] names = ["masonry", "confined_masonry", "rc_frame", "frame_shear_wall", "shear_wall", "steel", "timber", "adobe_stone", "other"];
        return names.Where(n => n != skipped).Select(n => $"{n},1,999,URML,URML,URM,MUR,LWAL");
    }
}
