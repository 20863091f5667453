using System.Globalization;
using System.Text;
using Seismic.Engine.Risk;

namespace Seismic.GeoData.OpenQuake;

/// <summary>
/// Writes <c>asset_id,damage_state,mean,stddev</c>, one row per asset and damage state (no_damage first), numbers in
/// invariant culture with round-trip precision, through <see cref="AtomicFile"/>.
/// </summary>
internal static class DamageCsvWriter
{
    public static void Write(string path, IReadOnlyList<ExposureAsset> assets, int[] siteIndices, IReadOnlyList<string> damageStates, ScenarioDamageStatistics statistics)
    {
        AtomicFile.Write(path, temp =>
        {
            using var writer = new StreamWriter(temp, false, new UTF8Encoding(false));
            writer.NewLine = "\n";
            writer.WriteLine("asset_id,damage_state,mean,stddev");
            for (var a = 0; a < assets.Count; a++)
            {
                if (siteIndices[a] < 0)
                {
                    continue;
                }

                var id = CsvField.Quote(assets[a].Id);
                for (var d = 0; d < damageStates.Count; d++)
                {
                    writer.Write(id);
                    writer.Write(',');
                    writer.Write(CsvField.Quote(damageStates[d]));
                    writer.Write(',');
                    writer.Write(statistics.Mean(a, d).ToString("R", CultureInfo.InvariantCulture));
                    writer.Write(',');
                    writer.WriteLine(statistics.StdDev(a, d).ToString("R", CultureInfo.InvariantCulture));
                }
            }
        });
    }
}
