using Seismic.Engine.Buildings;

namespace Seismic.GeoData.Survey;

/// <summary>A valid row of a survey file.</summary>
/// <param name="Line">File line (CSV, header = 1) or feature number (GeoJSON).</param>
/// <param name="Record">The record, with the documented defaults for blank optional cells.</param>
/// <param name="BlankColumns">Optional columns that were absent or blank (the importer fills some of them from the
/// district building with the same id, and street/community from the location).</param>
/// <param name="FeatureId">The GeoJSON feature's "id" member, when it has one (errors name it); null for CSV.</param>
public sealed record SurveyFileRow(int Line, SurveyRecord Record, IReadOnlySet<string> BlankColumns, string? FeatureId = null);
