using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;
using Seismic.Cli.Infrastructure;
using Seismic.Engine.District;
using Seismic.Engine.Routing;
using Seismic.Engine.Routing.Assignment;
using Seismic.GeoData;
using Seismic.GeoData.Routing;
using Seismic.Maps.Builders;
using Seismic.Maps.Documents;
using Seismic.Maps.Skia;

namespace Seismic.Cli.Commands;

/// <summary>
/// The drawn outputs of an evacuation plan: evacuation.png (buildings by walk, shelters by load, one sample route per
/// community) and, on request, A5 emergency cards per building or per community — cards/&lt;id&gt;.png and one
/// cards/cards.pdf with a page per card. Options are checked by <see cref="Prepare"/> before the plan is solved, so a
/// bad card id stops the run before anything is written.
/// </summary>
internal sealed class EvacuationGraphics
{
    public const string MapFile = "evacuation.png";
    public const string CardFolder = "cards";
    public const string CardPdf = "cards.pdf";

    /// <summary>Cards per run at most: a card takes a fraction of a second, and a district of 50,000 buildings should
    /// ask for its cards by id, not by accident.</summary>
    public const int MaxCards = 1000;

    private readonly DistrictModel _model;
    private readonly string _mode;
    private readonly IReadOnlyList<string> _ids;

    private EvacuationGraphics(DistrictModel model, string mode, IReadOnlyList<string> ids)
    {
        _model = model;
        _mode = mode;
        _ids = ids;
    }

    /// <summary>Checks the card options: <paramref name="mode"/> building | community | null, ids that exist.</summary>
    /// <exception cref="UsageException">Unknown mode, ids without a mode, an unknown id or too many cards.</exception>
    public static EvacuationGraphics Prepare(DistrictModel model, string? mode, string? cardIds)
    {
        var ids = (cardIds ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (mode is null)
        {
            return ids.Length > 0
                ? throw new UsageException("--card-ids needs --cards building|community")
                : new EvacuationGraphics(model, string.Empty, []);
        }

        if (mode is not ("building" or "community"))
        {
            throw new UsageException($"--cards must be building or community; got '{mode}'");
        }

        var known = mode == "building"
            ? model.Buildings.Select(b => b.Id).ToList()
            : model.Communities.Select(c => c.Code).ToList();
        var set = new HashSet<string>(known, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!set.Contains(id))
            {
                throw new UsageException($"--card-ids: no {mode} '{id}' in the district (give {(mode == "building" ? "building ids" : "community codes")} separated by commas)");
            }
        }

        var selected = ids.Length > 0 ? ids.Distinct(StringComparer.Ordinal).ToList() : known;
        if (selected.Count == 0)
        {
            // A district without communities (an OpenStreetMap import) would otherwise get no cards without a word.
            throw new UsageException(mode == "community"
                ? "--cards community: the district has no communities; use --cards building --card-ids ID,…"
                : "--cards building: the district has no buildings");
        }
        if (selected.Count > MaxCards)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                $"--cards {mode} selects {selected.Count:N0} cards; name at most {MaxCards} with --card-ids ID,..."));
        }

        return new EvacuationGraphics(model, mode, selected);
    }

    /// <summary>Draws the map and the requested cards into <paramref name="dir"/>; returns the files written, relative.</summary>
    public IReadOnlyList<string> Write(
        CommandContext context, PedestrianNetwork network, ShelterAssignment result, bool night, string dir,
        IReadOnlyList<LineString>? closedStreets = null, IReadOnlyList<LineString>? restrictedStreets = null)
    {
        var files = new List<string>();
        var tracer = new EvacuationRouteTracer(_model, network);
        var plan = new PlanIndex(_model, result);
        using (context.Progress("drawing " + MapFile))
        {
            var routes = SampleRoutes(plan, tracer);
            var document = EvacuationMapBuilder.Build(_model, result, routes, night, closedStreets: closedStreets, restrictedStreets: restrictedStreets);
            AtomicFile.WriteStream(Path.Combine(dir, MapFile), s => new SkiaMapRenderer().RenderPng(document, s));
            files.Add(MapFile);
        }

        if (_ids.Count == 0)
        {
            return files;
        }

        using (context.Progress(string.Create(CultureInfo.InvariantCulture, $"drawing {_ids.Count} emergency cards")))
        {
            var cards = new List<EmergencyCard>(_ids.Count);
            var renderer = new SkiaCardRenderer();
            var folder = Path.Combine(dir, CardFolder);
            Directory.CreateDirectory(folder);
            foreach (var id in _ids)
            {
                var facts = _mode == "building" ? BuildingFacts(plan, tracer, id, night) : CommunityFacts(plan, tracer, id, night);
                var card = EmergencyCardBuilder.Build(_model, facts);
                cards.Add(card);
                var name = $"{CardFolder}/{FileName(id)}.png";
                AtomicFile.WriteStream(Path.Combine(dir, name), s => renderer.RenderPng(card, s));
                files.Add(name);
            }

            AtomicFile.WriteStream(Path.Combine(folder, CardPdf), s => renderer.RenderPdf(cards, s));
            files.Add($"{CardFolder}/{CardPdf}");
        }

        return files;
    }

    /// <summary>The files written, shortened for one line: the map, the PDF and a count of the card images.</summary>
    public static string Describe(IReadOnlyList<string> files)
    {
        var images = files.Count(f => f.StartsWith(CardFolder + "/", StringComparison.Ordinal) && f.EndsWith(".png", StringComparison.Ordinal));
        var rest = files.Where(f => !(f.StartsWith(CardFolder + "/", StringComparison.Ordinal) && f.EndsWith(".png", StringComparison.Ordinal)));
        var text = string.Join(", ", rest);
        return images == 0 ? text : string.Create(CultureInfo.InvariantCulture, $"{text}, {images} card image{(images == 1 ? string.Empty : "s")} in {CardFolder}/");
    }

    /// <summary>A file name for an id: letters, digits, '-', '_' and '.' kept, anything else as '_'.</summary>
    public static string FileName(string id)
    {
        var name = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        return name.ToString();
    }

    /// <summary>One route per community: that of its building sending the most persons to one shelter.</summary>
    private static List<EvacuationRoute> SampleRoutes(PlanIndex plan, EvacuationRouteTracer tracer)
    {
        var best = new Dictionary<string, AllocationPart>(StringComparer.Ordinal);
        foreach (var part in plan.Result.Parts)
        {
            var code = plan.Result.Problem.Demands[part.Building].CommunityCode;
            if (!best.TryGetValue(code, out var current) || part.Persons > current.Persons)
            {
                best[code] = part;
            }
        }

        var routes = new List<EvacuationRoute>(best.Count);
        foreach (var code in best.Keys.Order(StringComparer.Ordinal))
        {
            var part = best[code];
            if (plan.Building(part.Building) is { } building && plan.ModelShelter(part.Shelter) is { } s
                && tracer.Trace(building, s) is { } traced)
            {
                routes.Add(new EvacuationRoute(building.Id, plan.Result.Problem.Shelters[part.Shelter].Id, traced.Geometry));
            }
        }

        return routes;
    }

    private EmergencyCardFacts BuildingFacts(PlanIndex plan, EvacuationRouteTracer tracer, string id, bool night)
    {
        var building = plan.BuildingById(id);
        var b = plan.DemandIndex(id);
        var community = _model.Communities.FirstOrDefault(c => c.Code == building.CommunityCode);
        var facts = new EmergencyCardFacts(id, Point(building))
        {
            Building = building,
            Community = community,
            Street = Street(building.StreetCode.Length > 0 ? building.StreetCode : community?.StreetCode),
            Night = night,
        };
        if (b < 0)
        {
            return facts;
        }

        AllocationPart? main = null;
        foreach (var part in plan.Result.Parts)
        {
            if (part.Building == b && (main is null || part.Persons > main.Value.Persons))
            {
                main = part;
            }
        }

        facts = facts with
        {
            Persons = plan.Result.Problem.Demands[b].Persons,
            UnservedPersons = plan.Result.Unserved.Where(u => u.Building == b).Sum(u => (long)u.Persons),
        };
        return main is { } m ? WithRoute(facts, plan, tracer, building, m) : facts;
    }

    private EmergencyCardFacts CommunityFacts(PlanIndex plan, EvacuationRouteTracer tracer, string code, bool night)
    {
        var community = _model.Communities.First(c => c.Code == code);
        var demands = plan.Result.Problem.Demands;
        var toShelter = new Dictionary<int, long>();
        AllocationPart? representative = null;
        foreach (var part in plan.Result.Parts)
        {
            if (demands[part.Building].CommunityCode == code)
            {
                toShelter[part.Shelter] = toShelter.GetValueOrDefault(part.Shelter) + part.Persons;
            }
        }

        var totals = plan.Result.Communities.FirstOrDefault(t => t.CommunityCode == code);
        var persons = totals?.Persons ?? 0;
        var destinations = new List<(string, double)>();
        if (toShelter.Count > 0)
        {
            var main = toShelter.MaxBy(kv => kv.Value).Key;
            foreach (var part in plan.Result.Parts)
            {
                if (part.Shelter == main && demands[part.Building].CommunityCode == code
                    && (representative is null || part.Persons > representative.Value.Persons))
                {
                    representative = part;
                }
            }

            foreach (var (shelter, count) in toShelter.OrderByDescending(kv => kv.Value).Take(3))
            {
                destinations.Add((plan.Result.Problem.Shelters[shelter].Name, (double)count / Math.Max(1, persons)));
            }

            if (totals is { Unserved: > 0 })
            {
                destinations.Add(("暂无名额 no place", (double)totals.Unserved / Math.Max(1, persons)));
            }
        }

        var start = representative is { } r && plan.Building(r.Building) is { } home ? home : null;
        var facts = new EmergencyCardFacts(code, start is null ? community.Geometry.InteriorPoint : Point(start))
        {
            Community = community,
            Street = Street(community.StreetCode),
            Persons = persons,
            UnservedPersons = totals?.Unserved ?? 0,
            Destinations = destinations,
            Night = night,
        };
        return start is not null && representative is { } rep ? WithRoute(facts, plan, tracer, start, rep) : facts;
    }

    private static EmergencyCardFacts WithRoute(EmergencyCardFacts facts, PlanIndex plan, EvacuationRouteTracer tracer, Building building, AllocationPart part)
    {
        if (plan.ModelShelter(part.Shelter) is not { } s)
        {
            return facts;
        }

        var traced = tracer.Trace(building, s);
        return facts with
        {
            Shelter = plan.Model.Shelters[s],
            Route = traced?.Geometry,
            DistanceM = part.DistanceM,
            WalkSeconds = part.WalkSeconds,
            // Both walking profiles share the steps factor, so every edge and snap leg takes speed-proportionally
            // longer: time at 0.8 m/s = time at 1.1 m/s × 1.1 / 0.8 exactly.
            ElderlyWalkSeconds = part.WalkSeconds * WalkingProfile.DefaultSpeedMps / WalkingProfile.ElderlySpeedMps,
            OverRadius = part.OverRadius,
            ViaStreets = traced?.Streets ?? [],
            Assembly = traced?.Assembly,
        };
    }

    private Street? Street(string? code) => code is null ? null : _model.Streets.FirstOrDefault(s => s.Code == code);

    private static NetTopologySuite.Geometries.Point Point(Building building) =>
        DistrictGeometry.Factory.CreatePoint(EvacuationRouteTracer.Centre(building));

    /// <summary>Lookups between the assignment (indices) and the model (ids), which need not share an order.</summary>
    private sealed class PlanIndex
    {
        private readonly Dictionary<string, int> _demands = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Building> _buildings = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _shelters = new(StringComparer.Ordinal);

        public PlanIndex(DistrictModel model, ShelterAssignment result)
        {
            Model = model;
            Result = result;
            for (var b = 0; b < result.Problem.Demands.Count; b++)
            {
                _demands.TryAdd(result.Problem.Demands[b].BuildingId, b);
            }

            foreach (var building in model.Buildings)
            {
                _buildings.TryAdd(building.Id, building);
            }

            for (var s = 0; s < model.Shelters.Count; s++)
            {
                _shelters.TryAdd(model.Shelters[s].Id, s);
            }
        }

        public DistrictModel Model { get; }

        public ShelterAssignment Result { get; }

        public Building BuildingById(string id) => _buildings[id];

        public int DemandIndex(string buildingId) => _demands.GetValueOrDefault(buildingId, -1);

        public Building? Building(int demand) => _buildings.GetValueOrDefault(Result.Problem.Demands[demand].BuildingId);

        public int? ModelShelter(int shelter) =>
            _shelters.TryGetValue(Result.Problem.Shelters[shelter].Id, out var s) ? s : null;
    }
}
