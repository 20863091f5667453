using Seismic.Engine.District;

namespace Seismic.Engine.Buildings;

/// <summary>One row of the structure-type table: a structure type and storey range mapped to model types.</summary>
/// <param name="StructureType">Survey structure type.</param>
/// <param name="StoreysMin">Lowest storey count of the range (inclusive, ≥ 1).</param>
/// <param name="StoreysMax">Highest storey count of the range (inclusive).</param>
/// <param name="HazusType">HAZUS model building type.</param>
/// <param name="FragilityType">HAZUS label whose fragility curves are used (usually the same as <paramref name="HazusType"/>).</param>
/// <param name="Fema154Type">FEMA 154 building type for rapid visual screening (W1, S1, C1, RM1, URM …).</param>
/// <param name="GemMaterial">GEM taxonomy material code (CR, S, MUR, MCF, W, MAT99).</param>
/// <param name="GemLlrs">GEM taxonomy lateral-load-resisting-system code (LFM, LWAL, LDUAL, L99).</param>
/// <param name="Line">Line of the row in its table, for explanations and errors.</param>
public sealed record TaxonomyRow(
    StructureType StructureType,
    int StoreysMin,
    int StoreysMax,
    ModelBuildingType HazusType,
    string FragilityType,
    string Fema154Type,
    string GemMaterial,
    string GemLlrs,
    int Line);
