using System.Globalization;
using Seismic.Engine.Risk;
using Seismic.Engine.Vulnerability;

namespace Seismic.GeoData.OpenQuake;

/// <summary>
/// The OpenQuake-compatible scenario damage: reads an exposure, a fragility model and ground-motion fields, assigns
/// assets to sites, computes per asset and damage state the mean and sample standard deviation over events of the
/// number of buildings, and writes <c>asset_id,damage_state,mean,stddev</c>.
/// </summary>
public static class ScenarioDamageRunner
{
    /// <summary>Runs the calculation. All input is read and checked before anything is written.</summary>
    /// <param name="request">Paths and the association distance.</param>
    /// <returns>The statistics, the event count and the assets left without a site.</returns>
    /// <exception cref="GeoDataException">Any bad input (file, element or row named); nothing is written then.</exception>
    public static ScenarioDamageResult Run(ScenarioDamageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!(request.AssetHazardDistanceKm > 0) || !double.IsFinite(request.AssetHazardDistanceKm))
        {
            throw new GeoDataException(request.ExposurePath, null,
                $"--asset-hazard-distance must be a finite number of km > 0, got {request.AssetHazardDistanceKm.ToString(CultureInfo.InvariantCulture)}");
        }

        var fragility = NrmlFragilityReader.Read(request.FragilityPath);
        var exposure = NrmlExposureReader.Read(request.ExposurePath);
        var groundMotion = GroundMotionCsvReader.Read(request.GmfPath, request.SitesPath);
        if (exposure.Assets.Count == 0)
        {
            throw new GeoDataException(request.ExposurePath, null, "the exposure has no assets");
        }

        var (sets, setIndices) = MatchTaxonomies(exposure, fragility, request);
        foreach (var set in sets)
        {
            if (groundMotion.Fields.IndexOfImt(set.Imt) < 0)
            {
                throw new GeoDataException(request.GmfPath, "header",
                    $"no gmv_{set.Imt} column, which the fragility functions of taxonomy {set.Taxonomy} need (columns: {string.Join(", ", groundMotion.Fields.Imts.Select(i => "gmv_" + i))})");
            }
        }

        var assignment = AssetSiteAssigner.Assign(exposure.Assets, groundMotion.Sites, request.AssetHazardDistanceKm);
        if (assignment.Unassigned.Count == exposure.Assets.Count)
        {
            throw new GeoDataException(request.ExposurePath, null,
                $"no asset is within {request.AssetHazardDistanceKm.ToString(CultureInfo.InvariantCulture)} km of a site in {request.SitesPath}; check the coordinates or raise --asset-hazard-distance");
        }

        var numbers = new double[exposure.Assets.Count];
        for (var a = 0; a < numbers.Length; a++)
        {
            numbers[a] = exposure.Assets[a].Number;
        }

        var input = new ScenarioDamageInput(numbers, assignment.SiteIndices, setIndices, sets, fragility.LimitStates.Count, groundMotion.Fields);
        var statistics = ScenarioDamageCalculator.Compute(input);
        var states = fragility.DamageStates;
        DamageCsvWriter.Write(request.OutputPath, exposure.Assets, assignment.SiteIndices, states, statistics);
        return new ScenarioDamageResult(exposure.Assets, states, statistics, groundMotion.Fields.EventCount, assignment.Unassigned, request.OutputPath);
    }

    private static (List<FragilityFunctionSet> Sets, int[] Indices) MatchTaxonomies(ExposureModel exposure, FragilityModel fragility, ScenarioDamageRequest request)
    {
        var sets = new List<FragilityFunctionSet>();
        var bySet = new Dictionary<string, int>(StringComparer.Ordinal);
        var indices = new int[exposure.Assets.Count];
        var missing = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var a = 0; a < exposure.Assets.Count; a++)
        {
            var asset = exposure.Assets[a];
            if (bySet.TryGetValue(asset.Taxonomy, out var index))
            {
                indices[a] = index;
                continue;
            }

            if (!fragility.FunctionSets.TryGetValue(asset.Taxonomy, out var set))
            {
                missing.TryAdd(asset.Taxonomy, asset.Id);
                continue;
            }

            index = sets.Count;
            sets.Add(set);
            bySet.Add(asset.Taxonomy, index);
            indices[a] = index;
        }

        if (missing.Count > 0)
        {
            var list = string.Join(", ", missing.Select(m => $"'{m.Key}' (asset {m.Value})"));
            throw new GeoDataException(request.FragilityPath, null,
                $"no fragility functions for {missing.Count} taxonomy(ies) the exposure {request.ExposurePath} uses: {list}; add them to the fragility model");
        }

        return (sets, indices);
    }
}
