using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using Seismic.Engine.Buildings;
using Seismic.Engine.District;
using Seismic.GeoData.GeoPackage;
using C = Seismic.GeoData.Survey.SurveyColumns;

namespace Seismic.GeoData.Survey;

/// <summary>
/// Imports a survey file (CSV or GeoJSON) into a district GeoPackage, all or nothing. Rules beyond the per-cell
/// checks:
/// <list type="bullet">
/// <item>building ids are unique in the file;</item>
/// <item>an id the district knows replaces that building's survey row; blank optional cells take the district
/// building's address, use, occupants, floor area, height and basement storeys;</item>
/// <item>an id the district does not know adds a new building (the row carries its own location) to the buildings
/// layer as well as the survey;</item>
/// <item>every location must lie inside the district boundary;</item>
/// <item>a blank street or community is filled from the location (point in polygon); a given one must name a
/// street or community of the district by code or name.</item>
/// </list>
/// </summary>
public static class SurveyImporter
{
    /// <summary>Reads, validates and, when there is no error, writes the survey into the district.</summary>
    /// <param name="districtPath">District GeoPackage to write into.</param>
    /// <param name="surveyFile">A .csv or .geojson/.json survey file.</param>
    /// <param name="options">Today's date (the caller's clock) and the unknown-column policy.</param>
    /// <returns>The counts, or every error (then the district file is unchanged).</returns>
    /// <exception cref="GeoDataException">A file is missing or unreadable, or the survey file has an unknown extension.</exception>
    public static SurveyImportResult Import(string districtPath, string surveyFile, SurveyReadOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(districtPath);
        ArgumentException.ThrowIfNullOrEmpty(surveyFile);
        ArgumentNullException.ThrowIfNull(options);
        var read = ReadFile(surveyFile, options);
        var model = DistrictGeoPackage.Read(districtPath);
        var errors = new List<SurveyImportError>(read.Errors);
        var entries = Validate(model, read, errors, out var newBuildings);
        if (errors.Count > 0)
        {
            // A stable order: a row's problems stay in the order they were found (List.Sort is not stable).
            return new SurveyImportResult(surveyFile, read.Encoding, 0, 0, [.. errors.OrderBy(static e => e.Line)], read.UnknownColumns);
        }

        SurveyStore.Upsert(districtPath, entries, newBuildings);
        return new SurveyImportResult(surveyFile, read.Encoding, entries.Count, newBuildings.Count, errors, read.UnknownColumns);
    }

    /// <summary>Reads a survey file by its extension (.csv, .geojson, .json) without touching any district.</summary>
    /// <param name="path">The survey file.</param>
    /// <param name="options">Read options.</param>
    public static SurveyReadResult ReadFile(string path, SurveyReadOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".csv" or ".txt" => SurveyCsvReader.Read(path, options),
            ".geojson" or ".json" => SurveyGeoJsonReader.Read(path, options),
            _ => throw new GeoDataException(path, null, "unknown survey file type; use .csv or .geojson"),
        };
    }

    /// <summary>The district checks on rows already read; adds problems to <paramref name="errors"/>.</summary>
    internal static List<SurveyEntry> Validate(
        DistrictModel model, SurveyReadResult read, List<SurveyImportError> errors, out List<Building> newBuildings)
    {
        var unit = read.Encoding == "json" ? "feature" : "line";
        var existing = new Dictionary<string, Building>(model.Buildings.Count, StringComparer.Ordinal);
        foreach (var b in model.Buildings)
        {
            existing[b.Id] = b;
        }

        var areas = new DistrictAreas(model);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = new List<SurveyEntry>(read.Rows.Count);
        newBuildings = [];
        foreach (var row in read.Rows)
        {
            var r = row.Record;
            if (firstLine.TryGetValue(r.Id, out var first))
            {
                errors.Add(new SurveyImportError(row.Line, C.BuildingId,
                    string.Create(CultureInfo.InvariantCulture, $"'{r.Id}' is already on {unit} {first}; building ids must be unique"), unit, row.FeatureId));
                continue;
            }

            firstLine[r.Id] = row.Line;
            var locationColumn = r.Footprint is Point ? C.Lon : C.FootprintWkt;
            var at = r.Footprint is Point p ? p : r.Footprint.InteriorPoint;
            if (!areas.InsideBoundary(at))
            {
                errors.Add(new SurveyImportError(row.Line, unit == "feature" ? "geometry" : locationColumn,
                    string.Create(CultureInfo.InvariantCulture, $"location {at.X:0.######}, {at.Y:0.######} is outside the district boundary ({model.Info.Name})"), unit, row.FeatureId));
                continue;
            }

            var street = r.StreetCode;
            var community = r.CommunityCode;
            var ok = true;
            if (community.Length > 0)
            {
                if (areas.CommunityCode(community) is { } code)
                {
                    community = code;
                }
                else
                {
                    errors.Add(new SurveyImportError(row.Line, C.Community, $"'{community}' is not a community of the district (give its code or name, or leave it blank)", unit, row.FeatureId));
                    ok = false;
                }
            }

            if (street.Length > 0)
            {
                if (areas.StreetCode(street) is { } code)
                {
                    street = code;
                }
                else
                {
                    errors.Add(new SurveyImportError(row.Line, C.Street, $"'{street}' is not a street of the district (give its code or name, or leave it blank)", unit, row.FeatureId));
                    ok = false;
                }
            }

            if (!ok)
            {
                continue;
            }

            if (community.Length == 0)
            {
                community = areas.CommunityAt(at) ?? string.Empty;
            }

            if (street.Length == 0)
            {
                street = areas.StreetOfCommunity(community) ?? areas.StreetAt(at) ?? string.Empty;
            }

            r = r with { StreetCode = street, CommunityCode = community };
            if (existing.TryGetValue(r.Id, out var building))
            {
                r = FillFromDistrict(r, row.BlankColumns, building);
            }
            else
            {
                var added = new Building(r.Id, r.Footprint, r.StructureType, r.YearBuilt, r.Storeys, r.BasementStoreys, r.HeightM,
                    r.FloorAreaM2, r.Use, r.OccupantsDay, r.OccupantsNight, street, community, r.Address, "survey");
                newBuildings.Add(added);
            }

            entries.Add(new SurveyEntry(r, Surveyed: true));
        }

        return entries;
    }

    private static SurveyRecord FillFromDistrict(SurveyRecord r, IReadOnlySet<string> blank, Building b)
    {
        var use = blank.Contains(C.Use) ? b.Use : r.Use;
        var importance = r.Importance;
        if (blank.Contains(C.Importance))
        {
            importance = use is BuildingUse.School or BuildingUse.Hospital ? ImportanceCategory.Key : ImportanceCategory.Standard;
        }

        return r with
        {
            Address = blank.Contains(C.Address) ? b.Address : r.Address,
            Use = use,
            Importance = importance,
            OccupantsDay = blank.Contains(C.OccupantsDay) ? b.OccupantsDay : r.OccupantsDay,
            OccupantsNight = blank.Contains(C.OccupantsNight) ? b.OccupantsNight : r.OccupantsNight,
            FloorAreaM2 = blank.Contains(C.FloorAreaM2) ? b.FloorAreaM2 : r.FloorAreaM2,
            HeightM = blank.Contains(C.HeightM) ? b.HeightM : r.HeightM,
            BasementStoreys = blank.Contains(C.BasementStoreys) ? b.BasementStoreys : r.BasementStoreys,
        };
    }

    /// <summary>Boundary, street and community polygons prepared for repeated point-in-polygon tests.</summary>
    private sealed class DistrictAreas
    {
        private readonly IPreparedGeometry _boundary;
        private readonly List<(string Code, IPreparedGeometry Area)> _streets = [];
        private readonly List<(string Code, string Street, IPreparedGeometry Area)> _communities = [];
        private readonly Dictionary<string, string> _streetNames = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _communityNames = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _streetOfCommunity = new(StringComparer.Ordinal);

        public DistrictAreas(DistrictModel model)
        {
            var factory = new PreparedGeometryFactory();
            _boundary = factory.Create(model.Boundary.Geometry);
            foreach (var s in model.Streets)
            {
                _streets.Add((s.Code, factory.Create(s.Geometry)));
                _streetNames.TryAdd(s.Code, s.Code);
                _streetNames.TryAdd(s.Name, s.Code);
                _streetNames.TryAdd(s.NameEn, s.Code);
            }

            foreach (var c in model.Communities)
            {
                _communities.Add((c.Code, c.StreetCode, factory.Create(c.Geometry)));
                _communityNames.TryAdd(c.Code, c.Code);
                _communityNames.TryAdd(c.Name, c.Code);
                _communityNames.TryAdd(c.NameEn, c.Code);
                _streetOfCommunity[c.Code] = c.StreetCode;
            }
        }

        public bool InsideBoundary(Point p) => _boundary.Covers(p);

        public string? StreetCode(string text) => _streetNames.TryGetValue(text, out var code) ? code : null;

        public string? CommunityCode(string text) => _communityNames.TryGetValue(text, out var code) ? code : null;

        public string? StreetOfCommunity(string community) =>
            community.Length > 0 && _streetOfCommunity.TryGetValue(community, out var street) ? street : null;

        public string? CommunityAt(Point p)
        {
            foreach (var (code, _, area) in _communities)
            {
                if (area.Covers(p))
                {
                    return code;
                }
            }

            return null;
        }

        public string? StreetAt(Point p)
        {
            foreach (var (code, area) in _streets)
            {
                if (area.Covers(p))
                {
                    return code;
                }
            }

            return null;
        }
    }
}
