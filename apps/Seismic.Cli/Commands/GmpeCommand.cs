using System.CommandLine;
using System.Globalization;
using Seismic.Cli.Infrastructure;
using Seismic.Engine.Buildings;
using Seismic.Engine.Hazard;

namespace Seismic.Cli.Commands;

/// <summary>
/// <c>seismic gmpe --model bssa14|yu2013-eastern|cy14-wenchuan --mag M --imt PGA|PGV|SA(T) [--rake R] [--rjb KM]
/// [--rrup KM] [--repi KM] [--rx KM] [--azimuth DEG] [--dip DEG] [--ztor KM] [--z1 M] [--vs30 V | --site-class C]
/// [--vs30-measured] [--strict] [--json]</c>: one ground-motion model at one site — the median (g, or cm/s for PGV)
/// and the total, between- and within-event sigmas (natural log).
/// </summary>
internal static class GmpeCommand
{
    public static Command Build(CommandContext context)
    {
        var modelName = new Option<string>("--model") { Description = "Ground-motion model: " + ModelNames() + ".", Required = true, HelpName = "NAME" };
        var mag = new Option<double>("--mag") { Description = "Magnitude on the model's scale: Mw (bssa14, cy14-wenchuan), Ms (yu2013-eastern).", Required = true, HelpName = "M" };
        var imtText = new Option<string>("--imt") { Description = "Intensity measure: PGA, PGV or SA(T) with T a tabulated period in seconds.", Required = true, HelpName = "IMT" };
        var rake = new Option<double?>("--rake") { Description = "Rake in degrees (−180…180); omitted: unspecified mechanism.", HelpName = "DEG" };
        var rjb = new Option<double?>("--rjb") { Description = "Joyner–Boore distance, km (defaults to --repi: point source).", HelpName = "KM" };
        var rrup = new Option<double?>("--rrup") { Description = "Rupture distance, km (cy14-wenchuan).", HelpName = "KM" };
        var rx = new Option<double?>("--rx") { Description = "Distance from the top edge perpendicular to strike, km, negative on the footwall (cy14-wenchuan); omitted: footwall, no hanging-wall term.", HelpName = "KM" };
        var dip = new Option<double>("--dip") { Description = "Fault dip, degrees (cy14-wenchuan).", DefaultValueFactory = _ => 90.0, HelpName = "DEG" };
        var ztor = new Option<double?>("--ztor") { Description = "Depth to the top of the rupture, km (cy14-wenchuan); omitted: the model's mean for the magnitude.", HelpName = "KM" };
        var z1 = new Option<double?>("--z1") { Description = "Depth to Vs = 1 km/s, m (cy14-wenchuan basin term); omitted: the Vs30-based mean.", HelpName = "M" };
        var measured = new Option<bool>("--vs30-measured") { Description = "Vs30 was measured, not inferred (cy14-wenchuan sigma)." };
        var repi = new Option<double?>("--repi") { Description = "Epicentral distance, km (defaults to --rjb: point source).", HelpName = "KM" };
        var azimuth = new Option<double>("--azimuth") { Description = "Azimuth of the site from the strike, degrees (yu2013-eastern); 0 = along strike.", DefaultValueFactory = _ => 0.0, HelpName = "DEG" };
        var vs30 = new Option<double?>("--vs30") { Description = "Vs30 in m/s (default 760, reference rock).", HelpName = "V" };
        var siteClass = new Option<string?>("--site-class") { Description = "GB 50011-2010 site class I0, I1, II, III or IV instead of --vs30.", HelpName = "CLASS" };
        var strict = new Option<bool>("--strict") { Description = "Refuse a magnitude outside the model's valid range instead of warning." };
        var json = GlobalOptions.Json();
        var command = new Command("gmpe", "Median and sigmas of a ground-motion model at one site.")
        {
            modelName, mag, imtText, rake, rjb, rrup, repi, rx, azimuth, dip, ztor, z1, vs30, siteClass, measured, strict, json,
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
            var rrupKm = Distance(parse.GetValue(rrup), "--rrup");
            var ztorKm = Distance(parse.GetValue(ztor), "--ztor");
            var z1M = Distance(parse.GetValue(z1), "--z1");
            var rxKm = parse.GetValue(rx);
            if (rxKm is { } x && !double.IsFinite(x))
            {
                throw new UsageException($"--rx: {Text(x)} must be a finite distance in km");
            }

            var dipDeg = parse.GetValue(dip);
            if (!(dipDeg > 0 && dipDeg <= 90))
            {
                throw new UsageException($"--dip: {Text(dipDeg)} must lie in (0, 90] degrees");
            }
            var azimuthDeg = parse.GetValue(azimuth);
            if (!double.IsFinite(azimuthDeg))
            {
                throw new UsageException($"--azimuth: {Text(azimuthDeg)} is not an angle in degrees");
            }

            var site = SiteVs30(parse.GetValue(vs30), parse.GetValue(siteClass));
            var rupture = model.MagnitudeScale == MagnitudeScale.Ms
                ? RuptureParameters.FromSurfaceWaveMagnitude(magnitude) with { RakeDeg = rakeDeg, DipDeg = dipDeg, TopOfRuptureKm = ztorKm }
                : new RuptureParameters(magnitude, RakeDeg: rakeDeg, DipDeg: dipDeg, TopOfRuptureKm: ztorKm);
            CheckMagnitude(context, model, rupture, magnitude, parse.GetValue(strict));

            // Point source: Rjb ≈ Repi; either one stands for the other when only one is given.
            var horizontal = rjbKm ?? repiKm ?? throw new UsageException(
                $"{model.Name} needs a distance: give --{((model.Requires & SiteInputs.Rjb) != 0 ? "rjb" : "repi")} KM");
            if ((model.Requires & SiteInputs.Rrup) != 0 && rrupKm is null)
            {
                throw new UsageException($"{model.Name} needs the rupture distance: give --rrup KM");
            }

            var geometry = new SiteGeometry(
                site, rjbKm ?? horizontal, repiKm ?? horizontal, rrupKm ?? horizontal, rxKm ?? -1.0, azimuthDeg,
                z1M ?? double.NaN, parse.GetValue(measured));
            var result = Evaluate(model, rupture, imt, geometry);
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

    private static GmpeResult Evaluate(IGroundMotionModel model, RuptureParameters rupture, Imt imt, SiteGeometry g)
    {
        Span<double> buffer = stackalloc double[4];
        var sites = new SiteArrays(1)
        {
            Vs30 = new[] { g.Vs30 }, Rjb = new[] { g.Rjb }, Repi = new[] { g.Repi }, Rrup = new[] { g.Rrup },
            Rx = new[] { g.Rx }, AzimuthDeg = new[] { g.Azimuth }, Z1M = new[] { g.Z1 }, Vs30Measured = g.Vs30Measured,
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

        throw new UsageException($"--model: unknown model '{name}'; available: {ModelNames()}");
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

    /// <summary>One site's inputs; Rx −1 (footwall) when not given, Z1 NaN for the Vs30-based mean.</summary>
    private sealed record SiteGeometry(double Vs30, double Rjb, double Repi, double Rrup, double Rx, double Azimuth, double Z1, bool Vs30Measured);

    /// <summary>The JSON shape: median, unit and the natural-log sigmas (null where the model gives only the total).</summary>
    private sealed record GmpeResult(
        string Model, string Imt, double Magnitude, string MagnitudeScale, double Median, string Unit,
        double SigmaTotal, double? SigmaBetween, double? SigmaWithin);
}
