using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;
using Seismic.Engine.District;
using Seismic.Maps.Documents;

namespace Seismic.Maps.Builders;

/// <summary>
/// Road name labels for the district map's bridges and the card map's streets: one label per name, at the middle of
/// the name's longest way. A street or bridge is often split into many ways; labelling each would repeat the name,
/// and the middle of the longest way keeps the one label on the road where there is most room for it.
/// </summary>
internal static class RoadNameLabels
{
    /// <summary>One label per name among the named, non-empty roads that <paramref name="include"/> accepts.</summary>
    /// <param name="roads">The district's roads.</param>
    /// <param name="include">Which roads may carry the label (e.g. bridges only, or roads in view).</param>
    /// <param name="priority">Label priority; higher wins when labels collide.</param>
    /// <returns>The labels, in ordinal order of their text so that the placement does not depend on road order.</returns>
    public static List<MapLabel> AtLongestWay(IReadOnlyList<Road> roads, Func<Road, bool> include, int priority)
    {
        var longest = new Dictionary<string, LineString>(StringComparer.Ordinal);
        foreach (var road in roads)
        {
            if (road.Name.Length == 0 || road.Geometry.IsEmpty || !include(road))
            {
                continue;
            }

            if (!longest.TryGetValue(road.Name, out var best) || road.Geometry.Length > best.Length)
            {
                longest[road.Name] = road.Geometry;
            }
        }

        var labels = new List<MapLabel>(longest.Count);
        foreach (var (name, line) in longest)
        {
            var middle = new LengthIndexedLine(line).ExtractPoint(line.Length / 2);
            labels.Add(new MapLabel(middle.X, middle.Y, name, Priority: priority));
        }

        labels.Sort(static (a, b) => string.CompareOrdinal(a.Text, b.Text));
        return labels;
    }
}
