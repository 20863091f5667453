namespace Seismic.GeoData.GeoPackage;

/// <summary>An attribute column of a district layer: its snake_case name and SQLite declaration.</summary>
/// <param name="Name">Column name, e.g. "structure_type".</param>
/// <param name="SqlType">Declared type and constraints, e.g. "TEXT NOT NULL".</param>
internal sealed record LayerColumn(string Name, string SqlType);
