namespace Seismic.Maps.Documents;

/// <summary>
/// One layer of a <see cref="MapDocument"/>. Layers are drawn in list order (first = bottom); labels of every
/// <see cref="LabelLayer"/> are placed after all geometry so they stay on top.
/// </summary>
/// <param name="Name">Layer name, for diagnostics and for front ends that list layers.</param>
public abstract record MapLayer(string Name);
