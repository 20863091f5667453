using System.Globalization;
using System.Text;

namespace Seismic.GeoData.OpenQuake;

/// <summary>
/// A small RFC 4180 reader for the OpenQuake CSV forms: a header row, quoted fields with doubled quotes, lines starting
/// with '#' (OpenQuake's metadata line) and blank lines skipped. Line numbers count from 1 at the top of the file.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string path, string[] header, int headerLine, List<(int Line, string[] Fields)> rows)
    {
        Path = path;
        Header = header;
        HeaderLine = headerLine;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            if (!_columns.TryAdd(header[i], i))
            {
                throw new GeoDataException(path, $"line {headerLine}", $"column '{header[i]}' appears twice in the header");
            }
        }
    }

    public string Path { get; }

    public string[] Header { get; }

    public int HeaderLine { get; }

    public List<(int Line, string[] Fields)> Rows { get; }

    public static CsvTable Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new GeoDataException(path, null, "file not found");
        }

        string[]? header = null;
        var headerLine = 0;
        var rows = new List<(int, string[])>();
        var lineNumber = 0;
        IEnumerable<string> lines;
        try
        {
            lines = File.ReadAllLines(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new GeoDataException(path, null, $"cannot read the file: {ex.Message}", ex);
        }

        foreach (var raw in lines)
        {
            lineNumber++;
            var line = lineNumber == 1 ? raw.TrimStart('\uFEFF') : raw;
            if (line.Length == 0 || line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = Split(line, path, lineNumber);
            if (header is null)
            {
                header = fields.Select(f => f.Trim()).ToArray();
                headerLine = lineNumber;
                continue;
            }

            if (fields.Length != header.Length)
            {
                throw new GeoDataException(path, $"line {lineNumber}", $"{fields.Length} fields but the header has {header.Length}");
            }

            rows.Add((lineNumber, fields));
        }

        return header is null
            ? throw new GeoDataException(path, null, "the file is empty; a header row is required")
            : new CsvTable(path, header, headerLine, rows);
    }

    public int Column(params string[] names)
    {
        foreach (var name in names)
        {
            if (_columns.TryGetValue(name, out var index))
            {
                return index;
            }
        }

        return -1;
    }

    public int RequireColumn(params string[] names)
    {
        var index = Column(names);
        return index >= 0
            ? index
            : throw new GeoDataException(Path, $"line {HeaderLine}", $"missing column '{names[0]}'" + (names.Length > 1 ? $" (or {string.Join(", ", names.Skip(1))})" : ""));
    }

    public double Number(string[] fields, int column, int line, bool allowNegative = false)
    {
        var text = fields[column].Trim();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new GeoDataException(Path, $"line {line}, column {Header[column]}", $"'{text}' is not a finite number");
        }

        return !allowNegative && value < 0
            ? throw new GeoDataException(Path, $"line {line}, column {Header[column]}", $"{text} is negative; it must be ≥ 0")
            : value;
    }

    public long Integer(string[] fields, int column, int line)
    {
        var text = fields[column].Trim();
        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new GeoDataException(Path, $"line {line}, column {Header[column]}", $"'{text}' is not a non-negative integer");
    }

    private static string[] Split(string line, string path, int lineNumber)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new GeoDataException(path, $"line {lineNumber}", "unterminated quoted field");
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
