using System.Globalization;
using System.Text;
using System.Xml;

namespace Seismic.Drills.Cap;

/// <summary>
/// Writes OASIS CAP 1.2 XML (namespace <c>urn:oasis:names:tc:emergency:cap:1.2</c>) with the elements in the order
/// the schema's sequences require: alert (identifier, sender, sent, status, msgType, scope, restriction, addresses,
/// note, info*), info (language, category, event, responseType, urgency, severity, certainty, senderName, headline,
/// description, instruction, web, area*), area (areaDesc, polygon*). Times follow CAP §3.3.2: offset always written,
/// "-00:00" for UTC (the "Z" designator is not allowed), no fractional seconds. Polygons are "lat,lon" pairs separated
/// by spaces, first pair repeated last (§3.2.4).
/// </summary>
public static class CapAlertWriter
{
    /// <summary>The CAP 1.2 namespace.</summary>
    public const string Namespace = "urn:oasis:names:tc:emergency:cap:1.2";

    private static readonly string[] ResponseTypes = ["Shelter", "Evacuate", "Prepare", "Execute", "Avoid", "Monitor", "Assess", "AllClear", "None"];
    private static readonly string[] MsgTypes = ["Alert", "Update", "Cancel", "Ack", "Error"];

    /// <summary>Writes the alert as UTF-8 XML text.</summary>
    /// <param name="alert">The alert.</param>
    /// <returns>The XML document.</returns>
    /// <exception cref="ArgumentException">A field CAP requires is missing or malformed.</exception>
    public static string Write(CapAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        Validate(alert);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("alert", Namespace);
            w.WriteElementString("identifier", Namespace, alert.Identifier);
            w.WriteElementString("sender", Namespace, alert.Sender);
            w.WriteElementString("sent", Namespace, FormatTime(alert.Sent));
            w.WriteElementString("status", Namespace, alert.Status.ToString());
            w.WriteElementString("msgType", Namespace, alert.MsgType);
            w.WriteElementString("scope", Namespace, alert.Scope.ToString());
            if (alert.Scope == CapScope.Restricted)
            {
                w.WriteElementString("restriction", Namespace, alert.Restriction);
            }

            if (alert.Scope == CapScope.Private)
            {
                w.WriteElementString("addresses", Namespace, alert.Addresses);
            }

            if (!string.IsNullOrEmpty(alert.Note))
            {
                w.WriteElementString("note", Namespace, alert.Note);
            }

            foreach (var info in alert.Infos)
            {
                WriteInfo(w, info);
            }

            w.WriteEndElement();
            w.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>CAP dateTime: <c>2026-12-02T19:00:00+08:00</c>; UTC as <c>-00:00</c>; whole seconds.</summary>
    /// <param name="time">The instant with its offset.</param>
    /// <returns>The text.</returns>
    public static string FormatTime(DateTimeOffset time)
    {
        var whole = new DateTimeOffset(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), time.Offset);
        var offset = whole.Offset;
        var sign = offset < TimeSpan.Zero || offset == TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return whole.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)
            + string.Create(CultureInfo.InvariantCulture, $"{sign}{abs.Hours:00}:{abs.Minutes:00}");
    }

    /// <summary>A closed ring as CAP polygon text: "lat,lon lat,lon …", the first point repeated last.</summary>
    /// <param name="ring">The ring (closed or not).</param>
    /// <returns>The text.</returns>
    public static string FormatPolygon(IReadOnlyList<CapPoint> ring)
    {
        ArgumentNullException.ThrowIfNull(ring);
        var sb = new StringBuilder(ring.Count * 24);
        for (var i = 0; i < ring.Count; i++)
        {
            AppendPoint(sb, ring[i], i > 0);
        }

        if (ring.Count > 0 && ring[0] != ring[^1])
        {
            AppendPoint(sb, ring[0], true);
        }

        return sb.ToString();
    }

    private static void AppendPoint(StringBuilder sb, CapPoint p, bool space)
    {
        if (space)
        {
            sb.Append(' ');
        }

        // Six decimals ≈ 0.1 m, finer than any community boundary.
        sb.Append(Math.Round(p.Latitude, 6).ToString("0.######", CultureInfo.InvariantCulture))
          .Append(',')
          .Append(Math.Round(p.Longitude, 6).ToString("0.######", CultureInfo.InvariantCulture));
    }

    private static void WriteInfo(XmlWriter w, CapInfo info)
    {
        w.WriteStartElement("info", Namespace);
        w.WriteElementString("language", Namespace, info.Language);
        w.WriteElementString("category", Namespace, "Geo");
        w.WriteElementString("event", Namespace, info.Event);
        if (info.ResponseType is not null)
        {
            w.WriteElementString("responseType", Namespace, info.ResponseType);
        }

        w.WriteElementString("urgency", Namespace, info.Urgency.ToString());
        w.WriteElementString("severity", Namespace, info.Severity.ToString());
        w.WriteElementString("certainty", Namespace, info.Certainty.ToString());
        if (!string.IsNullOrEmpty(info.SenderName))
        {
            w.WriteElementString("senderName", Namespace, info.SenderName);
        }

        w.WriteElementString("headline", Namespace, info.Headline);
        w.WriteElementString("description", Namespace, info.Description);
        w.WriteElementString("instruction", Namespace, info.Instruction);
        if (info.Web is not null)
        {
            w.WriteElementString("web", Namespace, info.Web.AbsoluteUri);
        }

        foreach (var area in info.Areas)
        {
            w.WriteStartElement("area", Namespace);
            w.WriteElementString("areaDesc", Namespace, area.AreaDesc);
            foreach (var ring in area.Polygons)
            {
                w.WriteElementString("polygon", Namespace, FormatPolygon(ring));
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Validate(CapAlert alert)
    {
        Require(alert.Identifier, "identifier");
        Require(alert.Sender, "sender");
        foreach (var (value, name) in new[] { (alert.Identifier, "identifier"), (alert.Sender, "sender") })
        {
            if (value.AsSpan().IndexOfAny(" ,<&") >= 0)
            {
                throw new ArgumentException($"CAP {name} '{value}' must not contain spaces, commas, < or &", nameof(alert));
            }
        }

        if (!MsgTypes.Contains(alert.MsgType))
        {
            throw new ArgumentException($"CAP msgType '{alert.MsgType}' is not one of {string.Join(", ", MsgTypes)}", nameof(alert));
        }

        if (alert.Scope == CapScope.Restricted && string.IsNullOrWhiteSpace(alert.Restriction))
        {
            throw new ArgumentException("CAP scope Restricted requires a restriction", nameof(alert));
        }

        if (alert.Scope == CapScope.Private && string.IsNullOrWhiteSpace(alert.Addresses))
        {
            throw new ArgumentException("CAP scope Private requires addresses", nameof(alert));
        }

        foreach (var info in alert.Infos)
        {
            Require(info.Event, "event");
            if (info.ResponseType is not null && !ResponseTypes.Contains(info.ResponseType))
            {
                throw new ArgumentException($"CAP responseType '{info.ResponseType}' is not one of {string.Join(", ", ResponseTypes)}", nameof(alert));
            }

            foreach (var area in info.Areas)
            {
                Require(area.AreaDesc, "areaDesc");
                foreach (var ring in area.Polygons)
                {
                    var distinct = new HashSet<CapPoint>(ring);
                    if (distinct.Count < 3)
                    {
                        throw new ArgumentException($"CAP polygon of '{area.AreaDesc}' needs at least 3 distinct points", nameof(alert));
                    }

                    foreach (var p in ring)
                    {
                        if (p.Latitude is < -90 or > 90 || p.Longitude is < -180 or > 180 || !double.IsFinite(p.Latitude) || !double.IsFinite(p.Longitude))
                        {
                            throw new ArgumentException($"CAP polygon of '{area.AreaDesc}' has a point outside WGS 84 ranges (latitude first!)", nameof(alert));
                        }
                    }
                }
            }
        }
    }

    private static void Require(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"CAP {name} is required", name);
        }
    }
}
