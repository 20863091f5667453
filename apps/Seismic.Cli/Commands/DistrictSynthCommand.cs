using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using Seismic.Cli.Infrastructure;
using Seismic.GeoData;
using Seismic.GeoData.Survey;
using Seismic.GeoData.Synthesis;

namespace Seismic.Cli.Commands;

/// <summary>
/// <c>seismic district synth [--buildings N] [--seed S] --out F.gpkg</c>: the deterministic synthetic district
/// (the Haizhu sample at its default size; larger cities for benchmarks).
/// </summary>
internal static class DistrictSynthCommand
{
    /// <summary>
    /// The time stamped on a generated district's layers: the 7th-census reference date its population matches.
    /// A fixed stamp keeps the file byte-for-byte reproducible from its seed.
    /// </summary>
    private static readonly DateTime DataReferenceTime = new(2020, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    public static Command Build(CommandContext context)
    {
        var buildings = new Option<int?>("--buildings")
        {
            Description = "Number of buildings (default: the Haizhu sample, about 50,000; 1,000 to 5,000,000).",
            HelpName = "N",
        };
        var seed = new Option<long>("--seed")
        {
            Description = "Generator seed; the same seed gives the same file byte for byte.",
            DefaultValueFactory = _ => SynthesisOptions.DefaultSeed,
        };
        var output = new Option<string>("--out")
        {
            Description = "GeoPackage to write; a name ending in .gz writes it gzip-compressed (as the committed sample).",
            Required = true,
            HelpName = "FILE.gpkg[.gz]",
        };
        var command = new Command("synth", "Generate the synthetic Haizhu district (or a larger synthetic city) into a GeoPackage.")
        {
            buildings, seed, output,
        };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(buildings);
            if (n is < 1_000 or > 5_000_000)
            {
                throw new UsageException($"--buildings: {n} is out of range; use 1,000 to 5,000,000");
            }

            var path = parse.GetValue(output)!;
            var s = parse.GetValue(seed);
            Engine.District.DistrictModel model;
            using (var progress = context.Progress("synthesizing"))
            {
                model = n is null
                    ? DistrictSynthesizer.Haizhu(s, progress)
                    : DistrictSynthesizer.Synthesize(new SynthesisOptions(BuildingCount: n.Value, Seed: s), progress);
            }

            using (var progress = context.Progress($"writing {Path.GetFileName(path)}"))
            {
                // The survey layer is generated with the district and written in the same atomic step.
                var survey = SurveySynthesizer.Generate(model, s);
                if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
                {
                    WriteCompressed(path, gpkg => SurveyStore.WriteDistrict(model, survey, gpkg, progress, DataReferenceTime));
                }
                else
                {
                    SurveyStore.WriteDistrict(model, survey, path, progress, DataReferenceTime);
                }
            }

            context.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"wrote {path}: {model.Buildings.Count:N0} buildings, {model.Roads.Count:N0} roads, {model.Shelters.Count:N0} shelters, survey layer (seed {s})"));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Writes the GeoPackage to a scratch file, then gzips it to <paramref name="path"/> atomically.</summary>
    private static void WriteCompressed(string path, Action<string> writeGeoPackage)
    {
        var scratch = Path.Combine(Path.GetTempPath(), $"seismic-synth-{Environment.ProcessId}-{Guid.NewGuid():N}.gpkg");
        try
        {
            writeGeoPackage(scratch);
            AtomicFile.WriteStream(path, output =>
            {
                using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
                using var input = File.OpenRead(scratch);
                input.CopyTo(gzip);
            });
        }
        finally
        {
            File.Delete(scratch);
        }
    }
}
