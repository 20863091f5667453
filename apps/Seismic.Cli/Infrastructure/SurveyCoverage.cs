using System.Globalization;
using Seismic.Engine.District;
using Seismic.GeoData.Survey;

namespace Seismic.Cli.Infrastructure;

/// <summary>What the survey has not yet recorded, said beside results that rest on the defaults.</summary>
internal static class SurveyCoverage
{
    /// <summary>
    /// The note on buildings whose structural system is unknown: the taxonomy takes them as unreinforced masonry, the
    /// conservative choice, so scores and damage for them stand until the survey records the system (an
    /// OpenStreetMap import has no system for any building). Null when every system is known.
    /// </summary>
    /// <param name="entries">The district's survey entries.</param>
    public static string? UnknownStructureNote(IReadOnlyList<SurveyEntry> entries)
    {
        var unknown = entries.Count(e => e.Record.StructureType == StructureType.Other);
        return unknown == 0
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"structure type unknown for {unknown:N0} of {entries.Count:N0} buildings ({100.0 * unknown / entries.Count:0}%): taken as unreinforced masonry (URM), the conservative choice, until the survey records it");
    }
}
