using System.Globalization;

namespace Seismic.Engine.Buildings;

/// <summary>
/// Reads the small comma-separated reference tables: '#' lines are comments, the first other line is the header,
/// fields may be double-quoted. Every error names the table, the line and the column.
/// </summary>
internal sealed class TableReader
{
    private readonly Dictionary<string, int> _columns;
    private readonly List<(int Line, string[] Fields)> _rows = [];

    private TableReader(string table, Dictionary<string, int> columns)
    {
        Table = table;
        _columns = columns;
    }

    public string Table { get; }

    public IReadOnlyList<(int Line, string[] Fields)> Rows => _rows;

    public static TableReader Read(TextReader reader, string table, params string[] requiredColumns)
    {
        ArgumentNullException.ThrowIfNull(reader);
        TableReader? result = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = Split(line);
            if (result is null)
            {
                var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < fields.Length; i++)
                {
                    columns[fields[i].Trim()] = i;
                }

                foreach (var required in requiredColumns)
                {
                    if (!columns.ContainsKey(required))
                    {
                        throw new ReferenceTableException(table, lineNumber,
                            $"header lacks column '{required}'; expected columns: {string.Join(',', requiredColumns)}");
                    }
                }

                result = new TableReader(table, columns);
                continue;
            }

            result._rows.Add((lineNumber, fields));
        }

        return result ?? throw new ReferenceTableException(table, lineNumber, "no header row; the table is empty");
    }

    public string Text(int line, string[] fields, string column)
    {
        var index = _columns[column];
        return index < fields.Length ? fields[index].Trim() : string.Empty;
    }

    public bool Has(string column) => _columns.ContainsKey(column);

    public double Number(int line, string[] fields, string column)
    {
        var text = Text(line, fields, column);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Error(line, column, text, "a number");
    }

    /// <summary>A number, or null for a blank cell or "N/A".</summary>
    public double? OptionalNumber(int line, string[] fields, string column)
    {
        var text = Text(line, fields, column);
        if (text.Length == 0 || text.Equals("N/A", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Number(line, fields, column);
    }

    public int Integer(int line, string[] fields, string column)
    {
        var text = Text(line, fields, column);
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(line, column, text, "a whole number");
    }

    public ReferenceTableException Error(int line, string column, string value, string expected) =>
        new(Table, line, $"column '{column}' has '{value}', expected {expected}");

    private static string[] Split(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return [.. fields];
    }
}
