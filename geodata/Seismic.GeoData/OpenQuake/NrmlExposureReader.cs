using System.Xml.Linq;

namespace Seismic.GeoData.OpenQuake;

/// <summary>
/// Reads OpenQuake exposure models: NRML 0.4/0.5 XML with <c>&lt;asset&gt;</c> elements, the XML form whose
/// <c>&lt;assets&gt;</c> element names CSV files (paths relative to the XML), and a bare exposure CSV
/// (OpenQuake Engine manual, "Exposure Models").
/// </summary>
/// <remarks>
/// CSV columns (case-insensitive): <c>id</c> (or <c>asset_id</c>), <c>lon</c>, <c>lat</c>, <c>taxonomy</c>, <c>number</c>;
/// cost-type columns (those declared in the XML, or structural/nonstructural/contents/business_interruption for a bare
/// CSV); occupancy columns (day, night, transit, or <c>occupants_*</c>); every other column is a tag.
/// </remarks>
public static class NrmlExposureReader
{
    private static readonly string[] DefaultCostTypes = ["structural", "nonstructural", "contents", "business_interruption"];
    private static readonly string[] DefaultPeriods = ["day", "night", "transit"];

    /// <summary>Reads an exposure model (.xml or .csv by extension) and checks it: ids unique, numbers and values finite
    /// and ≥ 0, coordinates in range.</summary>
    /// <param name="path">The exposure file.</param>
    /// <returns>The model.</returns>
    /// <exception cref="GeoDataException">Missing file, malformed or unsafe XML, bad or duplicate assets.</exception>
    public static ExposureModel Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var model = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            ? new ExposureModel("", "buildings", DefaultCostTypes, ExposureCsvReader.Read(path, DefaultCostTypes, DefaultPeriods))
            : ReadXml(path);
        CheckUniqueIds(model.Assets, path);
        return model;
    }

    private static ExposureModel ReadXml(string path)
    {
        var doc = SecureXml.Load(path);
        var ns = SecureXml.RequireNrmlRoot(doc, path);
        var exposure = SecureXml.RequireChild(doc.Root!, ns, "exposureModel", path);
        var costTypes = exposure.Element(ns + "conversions")?.Element(ns + "costTypes")?.Elements(ns + "costType")
            .Select(c => SecureXml.RequireAttribute(c, "name", path)).ToArray() ?? [];
        var periods = exposure.Element(ns + "occupancyPeriods")?.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) ?? [];
        var assetsElement = SecureXml.RequireChild(exposure, ns, "assets", path);
        var assets = new List<ExposureAsset>();
        var children = assetsElement.Elements(ns + "asset").ToList();
        if (children.Count > 0)
        {
            foreach (var element in children)
            {
                assets.Add(ReadAsset(element, ns, path));
            }
        }
        else
        {
            var files = assetsElement.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (files.Length == 0)
            {
                throw new GeoDataException(path, SecureXml.Where(assetsElement), "no <asset> elements and no CSV file names");
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            var csvCosts = costTypes.Length > 0 ? costTypes : DefaultCostTypes;
            var csvPeriods = periods.Length > 0 ? periods : DefaultPeriods;
            foreach (var file in files)
            {
                assets.AddRange(ExposureCsvReader.Read(Path.Combine(folder, file), csvCosts, csvPeriods));
            }
        }

        return new ExposureModel(exposure.Attribute("id")?.Value ?? "", exposure.Attribute("category")?.Value ?? "buildings", costTypes, assets);
    }

    private static ExposureAsset ReadAsset(XElement element, XNamespace ns, string path)
    {
        var id = SecureXml.RequireAttribute(element, "id", path);
        var taxonomy = SecureXml.RequireAttribute(element, "taxonomy", path);
        var number = SecureXml.ParseNonNegative(SecureXml.RequireAttribute(element, "number", path), element, $"asset {id}: number", path);
        var location = SecureXml.RequireChild(element, ns, "location", path);
        var lon = SecureXml.ParseNumber(SecureXml.RequireAttribute(location, "lon", path), location, "lon", path);
        var lat = SecureXml.ParseNumber(SecureXml.RequireAttribute(location, "lat", path), location, "lat", path);
        if (lon is < -180 or > 180 || lat is < -90 or > 90)
        {
            throw new GeoDataException(path, SecureXml.Where(location), $"asset {id}: lon {lon} / lat {lat} out of range");
        }

        var costs = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var cost in element.Element(ns + "costs")?.Elements(ns + "cost") ?? [])
        {
            var type = SecureXml.RequireAttribute(cost, "type", path);
            var value = SecureXml.ParseNonNegative(SecureXml.RequireAttribute(cost, "value", path), cost, $"asset {id}: cost {type}", path);
            if (!costs.TryAdd(type, value))
            {
                throw new GeoDataException(path, SecureXml.Where(cost), $"asset {id}: cost type {type} given twice");
            }
        }

        var occupants = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var occupancy in element.Element(ns + "occupancies")?.Elements(ns + "occupancy") ?? [])
        {
            var period = SecureXml.RequireAttribute(occupancy, "period", path);
            var value = SecureXml.ParseNonNegative(SecureXml.RequireAttribute(occupancy, "occupants", path), occupancy, $"asset {id}: occupants", path);
            if (!occupants.TryAdd(period, value))
            {
                throw new GeoDataException(path, SecureXml.Where(occupancy), $"asset {id}: occupancy period {period} given twice");
            }
        }

        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in element.Element(ns + "tags")?.Attributes() ?? [])
        {
            tags[attribute.Name.LocalName] = attribute.Value;
        }

        return new ExposureAsset(id, taxonomy, number, lon, lat, costs, occupants, tags, SecureXml.Where(element));
    }

    private static void CheckUniqueIds(IReadOnlyList<ExposureAsset> assets, string path)
    {
        var seen = new Dictionary<string, ExposureAsset>(StringComparer.Ordinal);
        foreach (var asset in assets)
        {
            if (!seen.TryAdd(asset.Id, asset))
            {
                throw new GeoDataException(path, asset.Source, $"duplicate asset id '{asset.Id}' (first at {seen[asset.Id].Source})");
            }
        }
    }
}
