using Seismic.Engine.Buildings;

namespace Seismic.GeoData.Survey;

/// <summary>One building's row of the survey layer.</summary>
/// <param name="Record">The survey record. For a building not yet surveyed it holds the district attributes
/// (<see cref="SurveyRecord.FromBuilding"/>): no surveyor, no date, no observed defects.</param>
/// <param name="Surveyed">False when the building has not been surveyed yet: its scores rest on the district
/// attributes only and the status counts it as to do.</param>
public sealed record SurveyEntry(SurveyRecord Record, bool Surveyed);
