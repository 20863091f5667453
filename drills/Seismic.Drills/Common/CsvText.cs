using System.Text;

namespace Seismic.Drills.Common;

/// <summary>
/// Minimal RFC 4180 CSV: records split on CRLF or LF, fields on commas, double-quoted fields may hold commas, line
/// breaks and doubled quotes. Each record carries the file line it starts on (line 1 = the header).
/// </summary>
internal static class CsvText
{
    /// <summary>One record: its first line, its fields, and a problem for a malformed record.</summary>
    public sealed record Record(int Line, string[] Fields, string? Problem);

    public static List<Record> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<Record>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = 0;
        var atFieldStart = true;
        string? problem = null;
        while (i < text.Length)
        {
            var c = text[i];
            if (atFieldStart && c == '"')
            {
                i++;
                var closed = false;
                while (i < text.Length)
                {
                    var q = text[i];
                    if (q == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        closed = true;
                        break;
                    }

                    if (q == '\n')
                    {
                        line++;
                    }

                    field.Append(q);
                    i++;
                }

                if (!closed)
                {
                    problem ??= "a quoted field is not closed (missing \")";
                }

                atFieldStart = false;
                continue;
            }

            if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                atFieldStart = true;
                i++;
            }
            else if (c is '\r' or '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                AddUnlessBlank(records, fields, recordLine, problem);
                fields.Clear();
                problem = null;
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                line++;
                recordLine = line;
                atFieldStart = true;
            }
            else
            {
                field.Append(c);
                atFieldStart = false;
                i++;
            }
        }

        if (!atFieldStart || fields.Count > 0 || field.Length > 0)
        {
            fields.Add(field.ToString());
            AddUnlessBlank(records, fields, recordLine, problem);
        }

        return records;
    }

    /// <summary>Quotes a field when it holds a comma, quote or line break (RFC 4180 §2.6–2.7).</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>Appends one CSV line (CRLF-terminated, as RFC 4180 asks) of escaped fields.</summary>
    public static void AppendLine(StringBuilder sb, params string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append(Escape(fields[i]));
        }

        sb.Append("\r\n");
    }

    // Spreadsheets append empty lines (or lines of commas); they carry nothing.
    private static void AddUnlessBlank(List<Record> records, List<string> fields, int line, string? problem)
    {
        foreach (var f in fields)
        {
            if (f.Trim().Length > 0)
            {
                records.Add(new Record(line, [.. fields], problem));
                return;
            }
        }
    }
}
