using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Seismic.GeoData.OpenQuake;

/// <summary>
/// Writes an exposure model as OpenQuake NRML 0.5 XML with inline <c>&lt;asset&gt;</c> elements (OpenQuake Engine
/// manual, "Exposure Models"): <c>&lt;conversions&gt;&lt;costTypes&gt;</c>, <c>&lt;occupancyPeriods&gt;</c>,
/// <c>&lt;tagNames&gt;</c>, and per asset its location, costs, occupancies and tags — the form
/// <see cref="NrmlExposureReader"/> reads back.
/// </summary>
/// <remarks>
/// The model does not record cost units or the occupancy periods and tag names separately: every cost type is written
/// with the given unit and type "aggregated" (a per-asset total, as the reader takes it), and the periods and tag
/// names are those the assets use, in first-use order. Numbers use the invariant culture and round-trip ("R")
/// formatting; the output goes through <see cref="AtomicFile"/>.
/// </remarks>
public static class NrmlExposureWriter
{
    /// <summary>Writes the model.</summary>
    /// <param name="path">Destination file; replaced atomically.</param>
    /// <param name="model">The model.</param>
    /// <param name="costUnit">Currency written on every cost type, e.g. "CNY".</param>
    /// <exception cref="System.Xml.XmlException">A tag name is not a valid XML attribute name (NRML stores tags as attributes).</exception>
    public static void Write(string path, ExposureModel model, string costUnit = "CNY")
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrEmpty(costUnit);
        var document = Build(model, costUnit);
        AtomicFile.WriteStream(path, stream =>
        {
            var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
            using var writer = XmlWriter.Create(stream, settings);
            document.Save(writer);
        });
    }

    private static XDocument Build(ExposureModel model, string costUnit)
    {
        XNamespace ns = NrmlFragilityWriter.Namespace;
        var periods = new List<string>();
        var tagNames = new List<string>();
        foreach (var asset in model.Assets)
        {
            AddNew(periods, asset.Occupants.Keys);
            AddNew(tagNames, asset.Tags.Keys);
        }

        var costTypes = new XElement(ns + "costTypes");
        foreach (var type in model.CostTypes)
        {
            costTypes.Add(new XElement(ns + "costType",
                new XAttribute("name", type), new XAttribute("type", "aggregated"), new XAttribute("unit", costUnit)));
        }

        var exposure = new XElement(ns + "exposureModel",
            new XAttribute("id", model.Id), new XAttribute("category", model.Category),
            new XElement(ns + "description", "Exposure model"),
            new XElement(ns + "conversions", costTypes));
        if (periods.Count > 0)
        {
            exposure.Add(new XElement(ns + "occupancyPeriods", string.Join(' ', periods)));
        }

        if (tagNames.Count > 0)
        {
            exposure.Add(new XElement(ns + "tagNames", string.Join(' ', tagNames)));
        }

        var assets = new XElement(ns + "assets");
        foreach (var asset in model.Assets)
        {
            assets.Add(Asset(ns, asset));
        }

        exposure.Add(assets);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(ns + "nrml", exposure));
    }

    private static XElement Asset(XNamespace ns, ExposureAsset asset)
    {
        var element = new XElement(ns + "asset",
            new XAttribute("id", asset.Id), new XAttribute("number", Number(asset.Number)), new XAttribute("taxonomy", asset.Taxonomy),
            new XElement(ns + "location", new XAttribute("lon", Number(asset.Lon)), new XAttribute("lat", Number(asset.Lat))));
        if (asset.Costs.Count > 0)
        {
            var costs = new XElement(ns + "costs");
            foreach (var (type, value) in asset.Costs)
            {
                costs.Add(new XElement(ns + "cost", new XAttribute("type", type), new XAttribute("value", Number(value))));
            }

            element.Add(costs);
        }

        if (asset.Occupants.Count > 0)
        {
            var occupancies = new XElement(ns + "occupancies");
            foreach (var (period, occupants) in asset.Occupants)
            {
                occupancies.Add(new XElement(ns + "occupancy", new XAttribute("occupants", Number(occupants)), new XAttribute("period", period)));
            }

            element.Add(occupancies);
        }

        if (asset.Tags.Count > 0)
        {
            var tags = new XElement(ns + "tags");
            foreach (var (name, value) in asset.Tags)
            {
                // Tag names become XML attribute names; XName rejects a name that is not a valid one.
                tags.Add(new XAttribute(XmlConvert.VerifyNCName(name), value));
            }

            element.Add(tags);
        }

        return element;
    }

    private static void AddNew(List<string> names, IEnumerable<string> candidates)
    {
        foreach (var name in candidates)
        {
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
