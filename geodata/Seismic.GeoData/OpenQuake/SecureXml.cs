using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Seismic.GeoData.OpenQuake;

/// <summary>
/// Loads NRML files with DTD processing prohibited and no resolver, so documents with a DOCTYPE, entity declarations
/// or external entities are refused before any entity is expanded (OWASP XXE prevention cheat sheet, .NET section).
/// </summary>
internal static class SecureXml
{
    public const string Nrml04 = "http://openquake.org/xmlns/nrml/0.4";
    public const string Nrml05 = "http://openquake.org/xmlns/nrml/0.5";

    public static XDocument Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new GeoDataException(path, null, "file not found");
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = XmlReader.Create(stream, settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw new GeoDataException(path, LineLocation(ex.LineNumber), "document type declarations (DTD) and entities are refused; remove the <!DOCTYPE …> block", ex);
        }
        catch (XmlException ex)
        {
            throw new GeoDataException(path, LineLocation(ex.LineNumber), $"malformed XML: {FirstSentence(ex.Message)}", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new GeoDataException(path, null, $"cannot read the file: {ex.Message}", ex);
        }
    }

    /// <summary>Checks that the root is an NRML 0.4 or 0.5 <c>nrml</c> element and returns its namespace.</summary>
    public static XNamespace RequireNrmlRoot(XDocument doc, string path)
    {
        var root = doc.Root!;
        var ns = root.Name.Namespace.NamespaceName;
        if (root.Name.LocalName != "nrml" || (ns != Nrml04 && ns != Nrml05))
        {
            throw new GeoDataException(path, Where(root), $"the root must be <nrml xmlns=\"{Nrml05}\"> (or 0.4), found <{root.Name.LocalName}> in namespace '{ns}'");
        }

        return root.Name.Namespace;
    }

    public static string Where(XObject node)
    {
        var name = node switch
        {
            XElement e => $"<{e.Name.LocalName}>",
            XAttribute a => $"attribute {a.Name.LocalName}",
            _ => "node",
        };
        var info = (IXmlLineInfo)node;
        return info.HasLineInfo() ? $"line {info.LineNumber.ToString(CultureInfo.InvariantCulture)}, {name}" : name;
    }

    public static XElement RequireChild(XElement parent, XNamespace ns, string name, string path) =>
        parent.Element(ns + name) ?? throw new GeoDataException(path, Where(parent), $"missing child element <{name}>");

    public static string RequireAttribute(XElement element, string name, string path)
    {
        var value = element.Attribute(name)?.Value.Trim();
        return string.IsNullOrEmpty(value)
            ? throw new GeoDataException(path, Where(element), $"missing attribute {name}")
            : value;
    }

    /// <summary>Parses a finite number; NaN, infinities and text are refused with the element's line.</summary>
    public static double ParseNumber(string text, XObject node, string what, string path)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new GeoDataException(path, Where(node), $"{what} '{text}' is not a finite number");
        }

        return value;
    }

    public static double ParseNonNegative(string text, XObject node, string what, string path)
    {
        var value = ParseNumber(text, node, what, path);
        return value < 0 ? throw new GeoDataException(path, Where(node), $"{what} is {text}; it must be ≥ 0") : value;
    }

    public static double? OptionalNonNegative(XElement element, string attribute, string path)
    {
        var a = element.Attribute(attribute);
        return a is null || string.IsNullOrWhiteSpace(a.Value) ? null : ParseNonNegative(a.Value.Trim(), element, attribute, path);
    }

    public static double[] ParseList(XElement element, string what, string path)
    {
        var parts = element.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            values[i] = ParseNumber(parts[i], element, what, path);
        }

        return values;
    }

    private static string? LineLocation(int line) => line > 0 ? $"line {line.ToString(CultureInfo.InvariantCulture)}" : null;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd('.') : message;
    }
}
