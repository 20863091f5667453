using System.Globalization;
using System.Net;
using System.Text;
using Seismic.GeoData;

namespace Seismic.Cli.Reporting;

/// <summary>
/// The demo's report: one self-contained HTML page (no scripts, no CDN) with sections of text, tables and images,
/// linking every file the run wrote. Written atomically.
/// </summary>
internal sealed class HtmlReport(string title)
{
    private readonly StringBuilder _body = new();
    private readonly List<(string Label, string File)> _files = [];

    public HtmlReport Heading(string text)
    {
        _body.Append("<h2>").Append(Encode(text)).AppendLine("</h2>");
        return this;
    }

    public HtmlReport Paragraph(string text)
    {
        _body.Append("<p>").Append(Encode(text)).AppendLine("</p>");
        return this;
    }

    public HtmlReport Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        _body.AppendLine("<table><thead><tr>");
        foreach (var h in header)
        {
            _body.Append("<th>").Append(Encode(h)).Append("</th>");
        }

        _body.AppendLine("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            _body.Append("<tr>");
            foreach (var cell in row)
            {
                var numeric = double.TryParse(cell.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out _);
                _body.Append(numeric ? "<td class=\"n\">" : "<td>").Append(Encode(cell)).Append("</td>");
            }

            _body.AppendLine("</tr>");
        }

        _body.AppendLine("</tbody></table>");
        return this;
    }

    /// <summary>Shows an image the run wrote (relative to the report) and lists it among the outputs.</summary>
    public HtmlReport Image(string relativeFile, string caption)
    {
        _files.Add((caption, relativeFile));
        _body.Append("<figure><a href=\"").Append(Encode(relativeFile)).Append("\"><img src=\"").Append(Encode(relativeFile))
            .Append("\" alt=\"").Append(Encode(caption)).Append("\"></a><figcaption>").Append(Encode(caption))
            .AppendLine("</figcaption></figure>");
        return this;
    }

    /// <summary>Lists a file the run wrote (relative to the report).</summary>
    public HtmlReport File(string relativeFile, string label)
    {
        _files.Add((label, relativeFile));
        return this;
    }

    public void Write(string path)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"zh-Hans\"><head><meta charset=\"utf-8\">");
        html.Append("<title>").Append(Encode(title)).AppendLine("</title>");
        html.AppendLine("<style>body{font-family:'Noto Sans CJK SC','Noto Sans',sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}"
                        + "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.25em .6em}"
                        + "th{background:#f3f3f3;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}"
                        + "img{max-width:100%;border:1px solid #ddd}figure{margin:1em 0}figcaption{color:#555;font-size:.9em}</style>");
        html.AppendLine("</head><body>");
        html.Append("<h1>").Append(Encode(title)).AppendLine("</h1>");
        html.Append(_body);
        html.AppendLine("<h2>Files written</h2><ul>");
        foreach (var (label, file) in _files)
        {
            html.Append("<li><a href=\"").Append(Encode(file)).Append("\">").Append(Encode(file)).Append("</a> — ")
                .Append(Encode(label)).AppendLine("</li>");
        }

        html.AppendLine("</ul></body></html>");
        AtomicFile.Write(path, temp => System.IO.File.WriteAllText(temp, html.ToString(), new UTF8Encoding(false)));
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
