using Seismic.Engine.Buildings;
using Seismic.Engine.District;
using Seismic.Engine.Tests.Buildings;

namespace Seismic.Engine.Tests.Scoring;

/// <summary>Seeded random survey records covering every structure type, era, site and flag.</summary>
internal static class RandomRecords
{
    public static SurveyRecord[] Make(int count, int seed)
    {
        var random = new Random(seed);
        var types = Enum.GetValues<StructureType>();
        var records = new SurveyRecord[count];
        for (var i = 0; i < count; i++)
        {
            int? year = random.Next(12) == 0 ? null : random.Next(1950, 2026);
            int? intensity = random.Next(5) == 0 ? null : random.Next(6, 10);
            SiteClass? site = random.Next(4) == 0 ? null : (SiteClass)random.Next(5);
            double? vs30 = random.Next(2) == 0 ? null : random.Next(120, 1800);
            records[i] = TestRecords.Make(
                types[random.Next(types.Length)], random.Next(1, 40), year, intensity, site,
                (BuildingUse)random.Next(7), (ImportanceCategory)random.Next(3), random.Next(0, 3000),
                (BuildingCondition)random.Next(4), (Irregularity)random.Next(3), random.Next(4) == 0, random.Next(3) == 0,
                random.Next(5) == 0, random.Next(6) == 0, random.Next(3) == 0, random.Next(50, 20000), vs30, "R" + i);
        }

        return records;
    }
}
