namespace Seismic.Engine.Risk.Scenario;

/// <summary>Per-building scenario results (arrays in <see cref="ScenarioInputs"/> order), means over realizations.</summary>
/// <param name="MedianPgaG">Median PGA of the building's site-grid cell, g.</param>
/// <param name="Intensity">GB/T 17742-2020 instrumental intensity of the median motion.</param>
/// <param name="Slight">Mean P(≥ slight).</param>
/// <param name="Moderate">Mean P(≥ moderate).</param>
/// <param name="Extensive">Mean P(≥ extensive).</param>
/// <param name="Complete">Mean P(complete).</param>
/// <param name="Collapse">Mean P(collapse).</param>
/// <param name="Severity1">Mean expected casualties of severity 1.</param>
/// <param name="Severity2">Mean expected casualties of severity 2.</param>
/// <param name="Severity3">Mean expected casualties of severity 3.</param>
/// <param name="Severity4">Mean expected casualties of severity 4.</param>
/// <param name="Displaced">Mean displaced residents.</param>
public sealed record ScenarioBuildingResults(
    double[] MedianPgaG,
    double[] Intensity,
    double[] Slight,
    double[] Moderate,
    double[] Extensive,
    double[] Complete,
    double[] Collapse,
    double[] Severity1,
    double[] Severity2,
    double[] Severity3,
    double[] Severity4,
    double[] Displaced);
