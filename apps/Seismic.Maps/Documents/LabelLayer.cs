namespace Seismic.Maps.Documents;

/// <summary>
/// Text labels drawn with one style. A label that would overlap an already placed label (of any layer) or leave
/// the map frame is dropped; placement is greedy in descending <see cref="MapLabel.Priority"/>, then list order.
/// </summary>
/// <param name="Name">Layer name.</param>
/// <param name="Labels">The labels.</param>
/// <param name="Style">Font size, colour and halo.</param>
public sealed record LabelLayer(string Name, IReadOnlyList<MapLabel> Labels, LabelStyle Style) : MapLayer(Name);
