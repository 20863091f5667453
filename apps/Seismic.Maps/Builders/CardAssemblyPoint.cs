using NetTopologySuite.Geometries;

namespace Seismic.Maps.Builders;

/// <summary>An emergency card's assembly point: where it is and how to find it, in Chinese and English.</summary>
/// <param name="Location">The point, WGS84.</param>
/// <param name="Description">Chinese description, e.g. "青凤社区集合点" or "江南大道中与青凤路路口".</param>
/// <param name="DescriptionEn">English description.</param>
/// <param name="DistanceM">Walking or straight distance from the start, metres.</param>
public sealed record CardAssemblyPoint(Point Location, string Description, string DescriptionEn, double DistanceM);
