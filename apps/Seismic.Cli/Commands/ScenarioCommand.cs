using System.CommandLine;
using System.Globalization;
using Seismic.Cli.Infrastructure;
using Seismic.Engine.Hazard;
using Seismic.Engine.Hazard.Intensity;
using Seismic.Engine.Risk.Scenario;
using Seismic.GeoData.Scenario;

namespace Seismic.Cli.Commands;

/// <summary>
/// <c>seismic scenario --lon X --lat Y --depth KM --mag M [--model M] [--realizations N] [--seed S] [--night]
/// [--moderate-share F] [--median-only] [--strict] --out DIR</c>: an earthquake scenario on the district — correlated
/// PGA realizations, HAZUS damage, casualties and displaced residents per building, community and street.
/// <c>seismic scenario --gmf GMF.csv [--sites SITES.csv] [--gmf-max-distance-m M] [--night] [--moderate-share F]
/// --out DIR</c> runs the same damage, casualty and shelter computation on given ground-motion fields (an OpenQuake
/// GMF export, one realization per event) instead of simulating them.
/// </summary>
internal static class ScenarioCommand
{
    public static Command Build(CommandContext context)
    {
        var lon = new Option<double>("--lon") { Description = "Epicentre longitude, degrees (required unless --gmf).", HelpName = "DEG" };
        var lat = new Option<double>("--lat") { Description = "Epicentre latitude, degrees (required unless --gmf).", HelpName = "DEG" };
        var depth = new Option<double>("--depth") { Description = "Hypocentre depth, km ≥ 0 (required unless --gmf).", HelpName = "KM" };
        var mag = new Option<double>("--mag") { Description = "Moment magnitude Mw (required unless --gmf).", HelpName = "M" };
        var modelName = new Option<string>("--model") { Description = "Ground-motion model.", DefaultValueFactory = _ => "bssa14", HelpName = "NAME" };
        var realizations = new Option<int>("--realizations") { Description = "Correlated ground-motion realizations (≥ 1).", DefaultValueFactory = _ => 100, HelpName = "N" };
        var seed = new Option<ulong>("--seed") { Description = "Random seed; the same seed reproduces the run bit for bit.", DefaultValueFactory = _ => 1UL, HelpName = "S" };
        var night = new Option<bool>("--night") { Description = "Night-time occupancy (2 a.m.) instead of a weekday afternoon." };
        var share = new Option<double>("--moderate-share")
        {
            Description = "Share of residents of moderately damaged dwellings counted as displaced.",
            DefaultValueFactory = _ => ScenarioDefinition.DefaultModerateDisplacedShare,
            HelpName = "F",
        };
        var medianOnly = new Option<bool>("--median-only") { Description = "Use the median ground motion in every realization (no residuals)." };
        var strict = new Option<bool>("--strict") { Description = "Refuse a magnitude outside the model's valid range instead of warning." };
        var gmf = new Option<string?>("--gmf") { Description = "Given ground-motion fields: an OpenQuake GMF CSV (event_id,site_id,gmv_PGA…); each event is one realization.", HelpName = "FILE" };
        var sites = new Option<string?>("--sites") { Description = "Sites of the GMF (site_id,lon,lat); default: the sitemesh_<calc>.csv beside gmf-data_<calc>.csv.", HelpName = "FILE" };
        var maxDistance = new Option<double>("--gmf-max-distance-m")
        {
            Description = "Largest distance from a building to its nearest GMF site, m.",
            DefaultValueFactory = _ => ScenarioGmfReader.DefaultMaxDistanceM,
            HelpName = "M",
        };
        var output = new Option<string>("--out") { Description = "Output folder (created when missing).", Required = true, HelpName = "DIR" };
        var command = new Command("scenario", "Earthquake scenario: damage, casualties and shelter demand by building, community and street.")
        {
            lon, lat, depth, mag, modelName, realizations, seed, night, share, medianOnly, strict, gmf, sites, maxDistance, output,
        };
        command.SetAction(parse =>
        {
            var moderate = parse.GetValue(share);
            if (!(moderate is >= 0 and <= 1))
            {
                throw new UsageException($"--moderate-share: {Text(moderate)} must be between 0 and 1");
            }

            if (parse.GetValue(gmf) is { } gmfPath)
            {
                foreach (var simulated in new Option[] { lon, lat, depth, mag, modelName, realizations, seed, medianOnly, strict })
                {
                    if (parse.GetResult(simulated) is { Implicit: false })
                    {
                        throw new UsageException($"{simulated.Name}: not used with --gmf (the ground motion comes from the file); drop it");
                    }
                }

                var tolerance = parse.GetValue(maxDistance);
                if (!(tolerance > 0) || double.IsInfinity(tolerance))
                {
                    throw new UsageException($"--gmf-max-distance-m: {Text(tolerance)} must be a positive number of metres");
                }

                var districtPath = DistrictLocator.Resolve(parse.GetValue(GlobalOptions.District));
                var loaded = ScenarioDistrict.Load(districtPath);
                var given = ScenarioGmfReader.Read(gmfPath, parse.GetValue(sites), loaded, tolerance);
                var definitionGiven = ScenarioDefinition.ForGivenFields(Path.GetFileName(gmfPath), given.Events, parse.GetValue(night), moderate);
                Finish(context, ScenarioRunner.Run(definitionGiven, loaded.Inputs, given), loaded, districtPath, parse.GetValue(output)!);
                return ExitCodes.Ok;
            }

            foreach (var gmfOnly in new Option[] { sites, maxDistance })
            {
                if (parse.GetResult(gmfOnly) is { Implicit: false })
                {
                    throw new UsageException($"{gmfOnly.Name}: only used with --gmf FILE");
                }
            }

            foreach (var needed in new[] { lon, lat, depth, mag })
            {
                if (parse.GetResult(needed) is null or { Implicit: true })
                {
                    throw new UsageException($"{needed.Name}: required (or give --gmf FILE for given ground-motion fields)");
                }
            }

            var name = parse.GetValue(modelName)!;
            if (!GroundMotionModels.TryGet(name, out var model))
            {
                throw new UsageException($"--model: unknown model '{name}'; available: {string.Join(", ", GroundMotionModels.Available.Select(m => m.Name))}");
            }

            var lonDeg = parse.GetValue(lon);
            var latDeg = parse.GetValue(lat);
            if (!double.IsFinite(lonDeg) || !double.IsFinite(latDeg) || Math.Abs(lonDeg) > 180 || Math.Abs(latDeg) > 90)
            {
                throw new UsageException($"--lon/--lat: ({Text(lonDeg)}, {Text(latDeg)}) is not a valid epicentre; give degrees within ±180 and ±90");
            }

            var km = parse.GetValue(depth);
            if (!(km >= 0) || double.IsInfinity(km))
            {
                throw new UsageException($"--depth: {Text(km)} must be a finite number of km ≥ 0");
            }

            var mw = parse.GetValue(mag);
            if (!double.IsFinite(mw) || mw <= 0)
            {
                throw new UsageException($"--mag: {Text(mw)} must be a positive magnitude");
            }

            var count = parse.GetValue(realizations);
            if (count < 1)
            {
                throw new UsageException($"--realizations: {count} must be at least 1");
            }

            var rupture = new RuptureParameters(mw, HypocentreDepthKm: km, EpicentreLonDeg: lonDeg, EpicentreLatDeg: latDeg);
            CheckMagnitude(context, model, rupture, parse.GetValue(strict));
            var path = DistrictLocator.Resolve(parse.GetValue(GlobalOptions.District));
            var folder = parse.GetValue(output)!;

            var district = ScenarioDistrict.Load(path);
            var (x, y) = district.ToMetric(lonDeg, latDeg);
            var definition = new ScenarioDefinition(
                rupture, x, y, model.Name, count, parse.GetValue(seed), parse.GetValue(night), parse.GetValue(medianOnly), moderate);
            if (definition.Validate() is { } problem)
            {
                throw new UsageException(problem);
            }

            Finish(context, ScenarioRunner.Run(definition, district.Inputs), district, path, folder);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Finish(CommandContext context, ScenarioResult result, ScenarioDistrict district, string districtPath, string folder)
    {
        ScenarioOutputWriter.Write(result, district, folder);
        ScenarioMaps.Write(context, result, district, districtPath, folder);
        WriteSummary(context.Out, result, folder);
        if (SurveyCoverage.UnknownStructureNote(district.Entries) is { } note)
        {
            context.Out.WriteLine(note);
        }
    }

    private static string Text(double v) => v.ToString(CultureInfo.InvariantCulture);

    private static void CheckMagnitude(CommandContext context, IGroundMotionModel model, RuptureParameters rupture, bool strict)
    {
        var range = model.ValidMagnitudes(rupture.EffectiveMechanism);
        var magnitude = rupture.Magnitude(range.Scale);
        if (range.Contains(magnitude))
        {
            return;
        }

        var message = string.Create(CultureInfo.InvariantCulture, $"--mag: {model.Name} is valid for {range.Scale} {range.Min:0.0}–{range.Max:0.0}");
        if (strict)
        {
            throw new UsageException($"{message}; {Text(magnitude)} is outside it (drop --strict to extrapolate)");
        }

        context.Error.WriteLine($"seismic: warning: {message}; {Text(magnitude)} is outside it and the result is extrapolated");
    }

    private static void WriteSummary(TextWriter output, ScenarioResult result, string folder)
    {
        var d = result.District;
        var def = result.Definition;
        string S(ScenarioStatistic s) => string.Create(CultureInfo.InvariantCulture, $"{s.Mean,9:0.0}  (5–95%: {s.P5:0.0}–{s.P95:0.0})");
        output.WriteLine(def.GivenFields is { } gmf
            ? string.Create(CultureInfo.InvariantCulture, $"scenario on given ground-motion fields {gmf}, {def.Realizations} events, {(def.Night ? "night" : "day")}")
            : string.Create(CultureInfo.InvariantCulture,
                $"scenario Mw {def.Rupture.MomentMagnitude:0.0} at ({def.Rupture.EpicentreLonDeg:0.####}, {def.Rupture.EpicentreLatDeg:0.####}), depth {def.Rupture.HypocentreDepthKm:0.#} km, {def.ModelName}, {def.Realizations} realizations, seed {def.Seed}, {(def.Night ? "night" : "day")}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"buildings           {d.Buildings} on {result.SiteCells} site cells; residents {d.Residents:0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"intensity (GB/T 17742-2020, median motion) mean {d.Intensity.Mean:0.0}, buildings 5–95%: {d.Intensity.P5:0.0}–{d.Intensity.P95:0.0}"));
        output.WriteLine($"collapsed           {S(d.Collapsed)}");
        output.WriteLine($"≥ extensive damage  {S(d.AtLeastExtensive)}");
        output.WriteLine($"injured, severity 1 {S(d.Severity1)}");
        output.WriteLine($"injured, severity 2 {S(d.Severity2)}");
        output.WriteLine($"injured, severity 3 {S(d.Severity3)}");
        output.WriteLine($"killed (sev 4)      {S(d.Severity4)}");
        output.WriteLine($"displaced residents {S(d.Displaced)}");
        output.WriteLine("highest-intensity communities (mean intensity of their buildings):");
        foreach (var c in result.HighestIntensityCommunities(ScenarioOutputWriter.HighestIntensityCount))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {c.Name,-20} {ChinaIntensity.Label(Math.Round(c.Intensity.Mean, 1)),-11} 95%: {c.Intensity.P95:0.0}  buildings {c.Buildings}, collapsed {c.Collapsed.Mean:0.0}"));
        }

        output.WriteLine($"wrote {string.Join(", ", ScenarioOutputWriter.Files.Concat(ScenarioMaps.Files))} to {folder}");
    }
}
