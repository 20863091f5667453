namespace Seismic.Engine.Buildings;

/// <summary>The taxonomy of one building: model type, design level, the types used for scoring, GEM string.</summary>
/// <param name="HazusType">HAZUS model building type with height class.</param>
/// <param name="CodeLevel">HAZUS seismic design level from era and design intensity.</param>
/// <param name="FragilityType">HAZUS label whose fragility curves apply.</param>
/// <param name="Fema154Type">FEMA 154 building type.</param>
/// <param name="GemTaxonomy">GEM building taxonomy string, e.g. "CR/LFM+CDM/H:5/YEX:1995/RES".</param>
/// <param name="TypeRow">The structure-type table row that matched.</param>
/// <param name="CodeRule">The code-level table row that matched.</param>
public sealed record BuildingTaxonomy(
    ModelBuildingType HazusType,
    CodeLevel CodeLevel,
    string FragilityType,
    string Fema154Type,
    string GemTaxonomy,
    TaxonomyRow TypeRow,
    CodeLevelRule CodeRule);
