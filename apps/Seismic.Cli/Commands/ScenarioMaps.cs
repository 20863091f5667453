using System.Globalization;
using NetTopologySuite.Geometries;
using Seismic.Cli.Infrastructure;
using Seismic.Engine.District;
using Seismic.Engine.Risk.Scenario;
using Seismic.GeoData;
using Seismic.GeoData.GeoPackage;
using Seismic.GeoData.Scenario;
using Seismic.Maps.Builders;
using Seismic.Maps.Skia;

namespace Seismic.Cli.Commands;

/// <summary>The scenario's two PNG maps: median ground motion and mean P(≥ extensive damage) per building.</summary>
internal static class ScenarioMaps
{
    public static IReadOnlyList<string> Files { get; } = ["ground-motion.png", "damage.png"];

    public static void Write(CommandContext context, ScenarioResult result, ScenarioDistrict district, string districtPath, string folder)
    {
        using var progress = context.Progress("drawing scenario maps");
        var model = DistrictGeoPackage.Read(districtPath);
        var footprints = new Geometry[district.Entries.Count];
        for (var i = 0; i < footprints.Length; i++)
        {
            footprints[i] = district.Entries[i].Record.Footprint;
        }

        var def = result.Definition;
        var scenario = def.GivenFields is { } gmf
            ? $"given ground-motion fields {gmf}"
            : string.Create(CultureInfo.InvariantCulture,
                $"Mw {def.Rupture.MomentMagnitude:0.0} · ({def.Rupture.EpicentreLonDeg:0.###}, {def.Rupture.EpicentreLatDeg:0.###}) · {def.Rupture.HypocentreDepthKm:0.#} km · {def.ModelName}");
        var title = model.Info.DisplayName;
        var renderer = new SkiaMapRenderer();
        var epicentre = def.GivenFields is null
            ? DistrictGeometry.Factory.CreatePoint(new Coordinate(def.Rupture.EpicentreLonDeg, def.Rupture.EpicentreLatDeg))
            : null;
        var (cells, cellPga) = Cells(result, district);
        var ground = ScenarioMapBuilder.GroundMotion(model, cells, cellPga,
            def.GivenFields is null ? $"{scenario} · 地震动 median PGA per 250 m site cell" : $"{scenario} · 地震动 median PGA over the events per GMF site", new MapOptions { Title = $"{title} · 情景地震动 Scenario ground motion" }, epicentre);
        AtomicFile.WriteStream(Path.Combine(folder, Files[0]), s => renderer.RenderPng(ground, s));
        var damage = ScenarioMapBuilder.Damage(model, footprints, result.Buildings.Extensive,
            string.Create(CultureInfo.InvariantCulture, $"{scenario} · mean of {def.Realizations} realizations"),
            new MapOptions { Title = $"{title} · 情景震害 Scenario damage" }, epicentre);
        AtomicFile.WriteStream(Path.Combine(folder, Files[1]), s => renderer.RenderPng(damage, s));
    }

    // The site-grid cells (or the GMF sites, drawn at their typical spacing) as WGS84 squares (built in the metric frame, then unprojected), with their median PGA.
    private static (Geometry[] Cells, double[] PgaG) Cells(ScenarioResult result, ScenarioDistrict district)
    {
        var grid = result.Ground.Grid;
        var half = grid.SpacingM / 2;
        var cells = new Geometry[grid.CellCount];
        var pga = new double[grid.CellCount];
        var factory = new GeometryFactory();
        for (var k = 0; k < cells.Length; k++)
        {
            var x = grid.CentreXM[k];
            var y = grid.CentreYM[k];
            var square = factory.ToGeometry(new Envelope(x - half, x + half, y - half, y + half));
            cells[k] = district.Projection.ToWgs84(square);
            pga[k] = Math.Exp(result.Ground.LnMedianPga[k]);
        }

        return (cells, pga);
    }
}
