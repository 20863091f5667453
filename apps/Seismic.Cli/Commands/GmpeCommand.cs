using System.CommandLine;
using System.Globalization;
using Seismic.Cli.Infrastructure;
using Seismic.Engine.Buildings;
using Seismic.Engine.Hazard;

namespace Seismic.Cli.Commands;

/// <summary>
/// <c>seismic gmpe --model bssa14|yu2013-eastern --mag M --imt PGA|PGV|SA(T) [--rake R] [--rjb KM] [--rrup KM]
/// [--repi KM] [--azimuth DEG] [--vs30 V | --site-class C] [--strict] [--json]</c>: one ground-motion model at one
/// site — the median (g, or cm/s for PGV) and the total, between- and within-event sigmas (natural log).
/// </summary>
internal static class GmpeCommand
{
    /// <summary>Models named by the scenario requirement that the engine does not provide yet.</summary>
    private static readonly string[] Planned = ["cy14-wenchuan"];

    public static Command Build(CommandContext context)
    {
        var modelName = new Option<string>("--model") { Description = "Ground-motion model: " + ModelNames() + ".", Required = true, HelpName = "NAME" };
        var mag = new Option<double>("--mag") { Description = "Magnitude on the model's scale: Mw (bssa14), Ms (yu2013-eastern).", Required = true, HelpName = "M" };
        var imtText = new Option<string>("--imt") { Description = "Intensity measure: PGA, PGV or SA(T) with T a tabulated period in seconds.", Required = true, HelpName = "IMT" };
        var rake = new Option<double?>("--rake") { Description = "Rake in degrees (−180…180); omitted: unspecified mechanism.", HelpName = "DEG" };
        var rjb = new Option<double?>("--rjb") { Description = "Joyner–Boore distance, km (defaults to --repi: point source).", HelpName = "KM" };
        var rrup = new Option<double?>("--rrup") { Description = "Rupture distance, km (not read by the current models).", HelpName = "KM" };
        var repi = new Option<double?>("--repi") { Description = "Epicentral distance, km (defaults to --rjb: point source).", HelpName = "KM" };
        var azimuth = new Option<double>("--azimuth") { Description = "Azimuth of the site from the strike, degrees (yu2013-eastern); 0 = along strike.", DefaultValueFactory = _ => 0.0, HelpName = "DEG" };
        var vs30 = new Option<double?>("--vs30") { Description = "Vs30 in m/s (default 760, reference rock).", HelpName = "V" };
        var siteClass = new Option<string?>("--site-class") { Description = "GB 50011-2010 site class I0, I1, II, III or IV instead of --vs30.", HelpName = "CLASS" };
        var strict = new Option<bool>("--strict") { Description = "Refuse a magnitude outside the model's valid range instead of warning." };
        var json = GlobalOptions.Json();
        var command = new Command("gmpe", "Median and sigmas of a ground-motion model at one site.")
        {
            modelName, mag, imtText, rake, rjb, rrup, repi, azimuth, vs30, siteClass, strict, json,
        };
        command.SetAction(parse =>
        {
            var model = FindModel(parse.GetValue(modelName)!);
            var imt = ParseImt(model, parse.GetValue(imtText)!);
            var magnitude = parse.GetValue(mag);
            if (!double.IsFinite(magnitude))
            {
                throw new UsageException($"--mag: {Text(magnitude)} is not a magnitude");
            }

            var rakeDeg = parse.GetValue(rake);
            if (rakeDeg is { } r && !(r >= -180 && r <= 180))
            {
                throw new UsageException($"--rake: {Text(r)} must lie between -180 and 180 degrees");
            }

            var rjbKm = Distance(parse.GetValue(rjb), "--rjb");
            var repiKm = Distance(parse.GetValue(repi), "--repi");
            Distance(parse.GetValue(rrup), "--rrup");
            var azimuthDeg = parse.GetValue(azimuth);
            if (!double.IsFinite(azimuthDeg))
            {
                throw new UsageException($"--azimuth: {Text(azimuthDeg)} is not an angle in degrees");
            }

            var site = SiteVs30(parse.GetValue(vs30), parse.GetValue(siteClass));
            var rupture = model.MagnitudeScale == MagnitudeScale.Ms
                ? RuptureParameters.FromSurfaceWaveMagnitude(magnitude) with { RakeDeg = rakeDeg }
                : new RuptureParameters(magnitude, RakeDeg: rakeDeg);
            CheckMagnitude(context, model, rupture, magnitude, parse.GetValue(strict));

            // Point source: Rjb ≈ Repi; either one stands for the other when only one is given.
            var horizontal = rjbKm ?? repiKm ?? throw new UsageException(
                $"{model.Name} needs a distance: give --{((model.Requires & SiteInputs.Rjb) != 0 ? "rjb" : "repi")} KM");
            var result = Evaluate(model, rupture, imt, site, rjbKm ?? horizontal, repiKm ?? horizontal, azimuthDeg);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Out, result);
            }
            else
            {
                WriteText(context.Out, result);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static GmpeResult Evaluate(IGroundMotionModel model, RuptureParameters rupture, Imt imt, double vs30, double rjb, double repi, double azimuth)
    {
        Span<double> buffer = stackalloc double[4];
        var sites = new SiteArrays(1)
        {
            Vs30 = new[] { vs30 }, Rjb = new[] { rjb }, Repi = new[] { repi }, AzimuthDeg = new[] { azimuth },
        };
        model.Evaluate(rupture, imt, sites, buffer[..1], buffer.Slice(1, 1), buffer.Slice(2, 1), buffer.Slice(3, 1));
        return new GmpeResult(
            model.Name, imt.ToString(), rupture.Magnitude(model.MagnitudeScale), model.MagnitudeScale.ToString(),
            Math.Exp(buffer[0]), imt.Unit, buffer[1],
            double.IsNaN(buffer[2]) ? null : buffer[2], double.IsNaN(buffer[3]) ? null : buffer[3]);
    }

    private static IGroundMotionModel FindModel(string name)
    {
        if (GroundMotionModels.TryGet(name, out var model))
        {
            return model;
        }

        throw new UsageException(Array.Exists(Planned, p => p.Equals(name, StringComparison.OrdinalIgnoreCase))
            ? $"--model: {name} is not available yet; available: {ModelNames()}"
            : $"--model: unknown model '{name}'; available: {ModelNames()}");
    }

    private static Imt ParseImt(IGroundMotionModel model, string text)
    {
        if (!Imt.TryParse(text, out var imt))
        {
            throw new UsageException($"--imt: '{text}' is not PGA, PGV or SA(T) with T in seconds");
        }

        if (!model.Supports(imt))
        {
            throw new UsageException($"--imt: {model.Name} has no coefficients for {imt} (periods are not interpolated); supported: {Describe(model.SupportedImts, imt)}");
        }

        return imt;
    }

    /// <summary>PGA/PGV, the SA period range and, for an untabulated SA, the tabulated periods either side.</summary>
    private static string Describe(IReadOnlyList<Imt> supported, Imt wanted)
    {
        var plain = supported.Where(i => i.Kind != ImtKind.Sa).Select(i => i.ToString()).ToList();
        var periods = supported.Where(i => i.Kind == ImtKind.Sa).OrderBy(i => i.PeriodS).ToList();
        if (periods.Count == 0)
        {
            return string.Join(", ", plain);
        }

        plain.Add($"SA at {periods.Count} periods {periods[0]}…{periods[^1]}");
        if (wanted.Kind == ImtKind.Sa)
        {
            var below = periods.LastOrDefault(i => i.PeriodS < wanted.PeriodS);
            var above = periods.FirstOrDefault(i => i.PeriodS > wanted.PeriodS);
            var near = new[] { below, above }.Where(i => i.Kind == ImtKind.Sa).Select(i => i.ToString());
            plain.Add("nearest " + string.Join(" and ", near));
        }

        return string.Join(", ", plain);
    }

    private static double? Distance(double? km, string option)
    {
        if (km is { } value && !(value >= 0 && double.IsFinite(value)))
        {
            throw new UsageException($"{option}: {Text(value)} must be a finite distance of 0 km or more");
        }

        return km;
    }

    private static double SiteVs30(double? vs30, string? siteClass)
    {
        if (vs30 is not null && siteClass is not null)
        {
            throw new UsageException("--vs30 and --site-class: give one or the other");
        }

        if (siteClass is not null)
        {
            return Enum.TryParse<SiteClass>(siteClass, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? SiteClassVs30.RepresentativeVs30(parsed)
                : throw new UsageException($"--site-class: '{siteClass}' is not one of I0, I1, II, III, IV (GB 50011-2010 table 4.1.6)");
        }

        var v = vs30 ?? 760.0;
        return v > 0 && double.IsFinite(v) ? v : throw new UsageException($"--vs30: {Text(v)} must be a positive velocity in m/s");
    }

    private static void CheckMagnitude(CommandContext context, IGroundMotionModel model, RuptureParameters rupture, double magnitude, bool strict)
    {
        var range = model.ValidMagnitudes(rupture.EffectiveMechanism);
        if (range.Contains(magnitude))
        {
            return;
        }

        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"--mag: {model.Name} is valid for {range.Scale} {range.Min:0.0}–{range.Max:0.0}");
        if (strict)
        {
            throw new UsageException($"{message}; {Text(magnitude)} is outside it (drop --strict to extrapolate)");
        }

        context.Error.WriteLine($"seismic: warning: {message}; {Text(magnitude)} is outside it and the result is extrapolated");
    }

    private static void WriteText(TextWriter output, GmpeResult result)
    {
        static string Sigma(double? value) => value is { } v ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "n/a (total only)";
        output.WriteLine($"model          {result.Model} ({result.Magnitude.ToString("0.0#", CultureInfo.InvariantCulture)} {result.MagnitudeScale})");
        output.WriteLine($"imt            {result.Imt}");
        output.WriteLine($"median         {result.Median.ToString("G6", CultureInfo.InvariantCulture)} {result.Unit}");
        output.WriteLine($"sigma_total    {Sigma(result.SigmaTotal)} (ln)");
        output.WriteLine($"sigma_between  {Sigma(result.SigmaBetween)}");
        output.WriteLine($"sigma_within   {Sigma(result.SigmaWithin)}");
    }

    private static string ModelNames() => string.Join(", ", GroundMotionModels.Available.Select(m => m.Name));

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The JSON shape: median, unit and the natural-log sigmas (null where the model gives only the total).</summary>
    private sealed record GmpeResult(
        string Model, string Imt, double Magnitude, string MagnitudeScale, double Median, string Unit,
        double SigmaTotal, double? SigmaBetween, double? SigmaWithin);
}
