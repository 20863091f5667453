namespace Seismic.GeoData.Survey;

/// <summary>
/// Splits CSV text into records per RFC 4180: fields separated by commas, records by CRLF or LF; a field in double
/// quotes may hold commas, line breaks and doubled quotes (""). Each record carries the file line it starts on
/// (line 1 = the header), so errors can name it even when a quoted field spans lines.
/// </summary>
internal static class CsvRecords
{
    /// <summary>One record: its first line and fields; <paramref name="Problem"/> is set for a malformed record.</summary>
    public sealed record Record(int Line, string[] Fields, string? Problem);

    public static List<Record> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<Record>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
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
                // Quoted field: runs to the closing quote; "" is a literal quote.
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
                else if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    problem ??= "text after a closing quote; quote the whole field and double inner quotes (\"\")";
                    while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        field.Append(text[i]);
                        i++;
                    }
                }

                atFieldStart = false;
                continue;
            }

            switch (c)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                    i++;
                    break;
                case '\r' or '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    if (!IsBlank(fields))
                    {
                        records.Add(new Record(recordLine, [.. fields], problem));
                    }

                    fields.Clear();
                    problem = null;
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    line++;
                    recordLine = line;
                    atFieldStart = true;
                    break;
                default:
                    if (c == '"')
                    {
                        problem ??= "a quote inside an unquoted field; quote the whole field and double inner quotes (\"\")";
                    }

                    field.Append(c);
                    atFieldStart = false;
                    i++;
                    break;
            }
        }

        if (!atFieldStart || fields.Count > 0 || field.Length > 0)
        {
            fields.Add(field.ToString());
            if (!IsBlank(fields))
            {
                records.Add(new Record(recordLine, [.. fields], problem));
            }
        }

        return records;
    }

    // An empty line (or a line of only commas) is skipped, as spreadsheets append them.
    private static bool IsBlank(List<string> fields)
    {
        foreach (var f in fields)
        {
            if (f.Trim().Length > 0)
            {
                return false;
            }
        }

        return true;
    }
}
