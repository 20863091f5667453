using NetTopologySuite.Geometries;
using OsmSharp.Tags;
using Seismic.Engine.District;

namespace Seismic.GeoData.Osm;

/// <summary>
/// How building=* features become <see cref="Building"/> records. OSM says nothing about the structural system or
/// the occupants, so those stay unknown (<see cref="StructureType.Other"/>, 0 occupants) until the survey fills them.
/// </summary>
internal static class OsmBuildingTags
{
    /// <summary>Tallest plausible building height taken from height=* (m); larger values are typos.</summary>
    private const double MaxHeightM = 1000;

    /// <summary>Builds the record for a footprint and the tags of its way or relation.</summary>
    /// <param name="id">"osm-w123" or "osm-r456".</param>
    /// <param name="footprint">Valid polygonal footprint, SRID 4326.</param>
    /// <param name="tags">Tags of the way or relation.</param>
    public static Building Create(string id, Geometry footprint, TagsCollectionBase? tags)
    {
        var storeys = OsmTagValues.ParseInt(OsmTagValues.Get(tags, "building:levels"));
        var basement = OsmTagValues.ParseInt(OsmTagValues.Get(tags, "building:levels:underground"));
        double? height = OsmTagValues.TryParseMetres(OsmTagValues.Get(tags, "height"), MaxHeightM, out var h) ? h : null;
        var year = OsmTagValues.ParseYear(OsmTagValues.Get(tags, "start_date"))
            ?? OsmTagValues.ParseYear(OsmTagValues.Get(tags, "building:year"));
        return new Building(
            id,
            footprint,
            StructureType.Other,
            year,
            storeys is >= 0 and <= 300 ? storeys : null,
            basement is >= 0 and <= 50 ? basement.Value : 0,
            height,
            FloorAreaM2: null,
            Use(tags),
            OccupantsDay: 0,
            OccupantsNight: 0,
            StreetCode: string.Empty,
            CommunityCode: string.Empty,
            Address(tags),
            OsmTagValues.Get(tags, "building") ?? string.Empty);
    }

    /// <summary>
    /// Main use, in this order: amenity=school/kindergarten/university/college → school and
    /// amenity=hospital/clinic → hospital first, because these are the key category of GB 50223-2008 whatever the
    /// building=* value says; then building=* itself (school, kindergarten, university → school; hospital, clinic →
    /// hospital; office, commercial → office; retail, supermarket, shop, kiosk → retail; industrial, warehouse,
    /// factory → industrial; house, apartments, residential, detached, semidetached_house, terrace, dormitory,
    /// bungalow → residential); then a shop=* tag → retail, an office=* tag → office; otherwise (building=yes and
    /// the rest) other.
    /// </summary>
    public static BuildingUse Use(TagsCollectionBase? tags)
    {
        switch (OsmTagValues.Get(tags, "amenity")?.ToLowerInvariant())
        {
            case "school" or "kindergarten" or "university" or "college":
                return BuildingUse.School;
            case "hospital" or "clinic":
                return BuildingUse.Hospital;
        }

        switch (OsmTagValues.Get(tags, "building")?.ToLowerInvariant())
        {
            case "school" or "kindergarten" or "university" or "college":
                return BuildingUse.School;
            case "hospital" or "clinic":
                return BuildingUse.Hospital;
            case "office" or "commercial":
                return BuildingUse.Office;
            case "retail" or "supermarket" or "shop" or "kiosk":
                return BuildingUse.Retail;
            case "industrial" or "warehouse" or "factory":
                return BuildingUse.Industrial;
            case "house" or "apartments" or "residential" or "detached" or "semidetached_house" or "terrace"
                or "dormitory" or "bungalow":
                return BuildingUse.Residential;
        }

        if (OsmTagValues.Get(tags, "shop") is not null)
        {
            return BuildingUse.Retail;
        }

        return OsmTagValues.Get(tags, "office") is not null ? BuildingUse.Office : BuildingUse.Other;
    }

    /// <summary>addr:street and addr:housenumber joined by a space; whichever is present; empty when neither.</summary>
    public static string Address(TagsCollectionBase? tags)
    {
        var street = OsmTagValues.Get(tags, "addr:street");
        var number = OsmTagValues.Get(tags, "addr:housenumber");
        return (street, number) switch
        {
            (not null, not null) => $"{street} {number}",
            (not null, null) => street,
            (null, not null) => number,
            _ => string.Empty,
        };
    }
}
