namespace Seismic.Drills.Cap;

/// <summary>CAP 1.2 <c>area</c>: a description and the polygons it covers.</summary>
/// <param name="AreaDesc">Text description (the target communities).</param>
/// <param name="Polygons">Rings of WGS 84 points; each is closed on output if it is not already, and needs at least
/// three distinct points.</param>
public sealed record CapArea(string AreaDesc, IReadOnlyList<IReadOnlyList<CapPoint>> Polygons);
