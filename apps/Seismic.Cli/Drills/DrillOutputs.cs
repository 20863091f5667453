using System.Globalization;
using System.Text;
using Seismic.Drills;
using Seismic.Drills.Cap;
using Seismic.Drills.Dispatch;
using Seismic.Drills.Plans;
using Seismic.Drills.Reports;
using Seismic.Engine.District;
using Seismic.GeoData;

namespace Seismic.Cli.Drills;

/// <summary>
/// A drill's result files: after-action.html and after-action.csv, messages.csv
/// (<c>message_id,recipient,kind,status,provider_sid</c>), acks.csv and the alarm as CAP 1.2 (alarm.cap.xml).
/// </summary>
internal static class DrillOutputs
{
    public static readonly IReadOnlyList<string> FileNames = ["after-action.html", "after-action.csv", "messages.csv", "acks.csv", "alarm.cap.xml"];

    /// <summary>Builds the after-action report and writes every file (each through a temporary file).</summary>
    public static async Task<AfterActionReport> WriteAsync(
        string directory, DrillStores stores, DrillPlan plan, DistrictModel? district, Uri ackBase, DateTimeOffset now, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var roster = await stores.Rosters.ListAsync(plan.Communities, null, cancellationToken).ConfigureAwait(false);
        var coordinators = await stores.Rosters.ListAsync(null, [Seismic.Drills.Rosters.RosterRole.Coordinator], cancellationToken).ConfigureAwait(false);
        var everyone = roster.Concat(coordinators).DistinctBy(p => p.Id).ToList();
        var outbox = await stores.Outbox.ListAsync(DispatchIds.PrefixOf(plan.Id), cancellationToken).ConfigureAwait(false);
        var acks = await stores.Acks.ListAsync(plan.Id, cancellationToken).ConfigureAwait(false);
        var report = AfterActionReport.Build(plan, everyone, outbox, acks, now);
        Save(Path.Combine(directory, "after-action.html"), AfterActionHtmlWriter.Write(report));
        Save(Path.Combine(directory, "after-action.csv"), AfterActionCsvWriter.Write(report));

        var messages = new StringBuilder("message_id,recipient,kind,status,provider_sid\n");
        foreach (var row in outbox)
        {
            messages.Append(CultureInfo.InvariantCulture, $"{row.Id},{row.To},{Snake(row.Kind.ToString())},{Snake(row.Status.ToString())},{row.ProviderSid}\n");
        }

        Save(Path.Combine(directory, "messages.csv"), messages.ToString());
        var names = everyone.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var answers = new StringBuilder("person_id,name,community,answer,channel,at\n");
        foreach (var ack in acks)
        {
            var person = names.GetValueOrDefault(ack.PersonId);
            answers.Append(CultureInfo.InvariantCulture,
                $"{ack.PersonId},{Csv(person?.Name)},{Csv(person?.Community)},{Snake(ack.Kind.ToString())},{Snake(ack.Channel.ToString())},{ack.At.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}\n");
        }

        Save(Path.Combine(directory, "acks.csv"), answers.ToString());
        var alarm = plan.Injects.FirstOrDefault(i => i.Kind == InjectKind.Alarm);
        if (alarm is not null)
        {
            var cap = CapAlertFactory.ForDrill(plan, alarm, "earthquake-office@haizhu.gz.gov.cn", ackBase, Areas(district, plan), "海珠区地震局");
            Save(Path.Combine(directory, "alarm.cap.xml"), CapAlertWriter.Write(cap));
        }

        return report;
    }

    /// <summary>The drill's communities as CAP areas (outer rings, latitude first as CAP requires).</summary>
    public static IReadOnlyList<CapArea> Areas(DistrictModel? district, DrillPlan plan)
    {
        var areas = new List<CapArea>();
        foreach (var name in plan.Communities)
        {
            var community = district?.Communities.FirstOrDefault(c => c.Name == name);
            var rings = new List<IReadOnlyList<CapPoint>>();
            if (community is not null)
            {
                for (var g = 0; g < community.Geometry.NumGeometries; g++)
                {
                    if (community.Geometry.GetGeometryN(g) is NetTopologySuite.Geometries.Polygon polygon)
                    {
                        rings.Add(polygon.ExteriorRing.Coordinates.Select(c => new CapPoint(c.Y, c.X)).ToList());
                    }
                }
            }

            areas.Add(new CapArea(name, rings));
        }

        return areas;
    }

    private static void Save(string path, string text) =>
        AtomicFile.Write(path, temp => File.WriteAllText(temp, text, new UTF8Encoding(false)));

    private static string Snake(string pascal)
    {
        var b = new StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                b.Append('_');
            }

            b.Append(char.ToLowerInvariant(pascal[i]));
        }

        return b.ToString();
    }

    private static string Csv(string? value) =>
        value is null ? string.Empty : value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal)
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
}
