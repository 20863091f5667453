using System.Globalization;

namespace Seismic.GeoData.Survey;

/// <summary>
/// Reads a survey CSV (README "The survey CSV"): RFC 4180 quoting; UTF-8 with or without a byte-order mark, or
/// GB18030 (detected when the bytes are not valid UTF-8); English or Chinese headers. Every row and cell is
/// checked and every problem is collected with its file line (header = line 1) and column.
/// </summary>
public static class SurveyCsvReader
{
    /// <summary>Reads and validates a file.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">The import date and the unknown-column policy.</param>
    /// <returns>Valid rows and every problem; nothing is thrown for bad rows.</returns>
    /// <exception cref="GeoDataException">The file does not exist or cannot be read.</exception>
    public static SurveyReadResult Read(string path, SurveyReadOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(path))
        {
            throw new GeoDataException(path, null, "file not found");
        }

        var text = SurveyTextDecoder.Decode(File.ReadAllBytes(path), out var detected);
        var encoding = detected switch
        {
            SurveyTextDecoder.Detected.Utf8Bom => "utf-8-bom",
            SurveyTextDecoder.Detected.Utf8 => "utf-8",
            _ => "gb18030",
        };
        return Parse(path, text, encoding, options);
    }

    /// <summary>Validates CSV text already decoded.</summary>
    /// <param name="name">File name for the result.</param>
    /// <param name="text">The CSV text.</param>
    /// <param name="encoding">Encoding label for the result.</param>
    /// <param name="options">The import date and the unknown-column policy.</param>
    public static SurveyReadResult Parse(string name, string text, string encoding, SurveyReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<SurveyImportError>();
        var rows = new List<SurveyFileRow>();
        var unknown = new List<string>();
        var records = CsvRecords.Parse(text);
        if (records.Count == 0)
        {
            errors.Add(new SurveyImportError(0, string.Empty, "the file is empty; the first line must be the header"));
            return new SurveyReadResult(name, encoding, rows, errors, unknown);
        }

        var header = records[0];
        var columns = Header(header, options, errors, unknown, out var headerOk);
        var parser = new SurveyRowParser(options.Today, "line", errors);
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var r = 1; r < records.Count; r++)
        {
            var record = records[r];
            if (record.Problem is not null)
            {
                errors.Add(new SurveyImportError(record.Line, string.Empty, record.Problem));
                continue;
            }

            if (record.Fields.Length != columns.Length)
            {
                errors.Add(new SurveyImportError(record.Line, string.Empty, string.Create(CultureInfo.InvariantCulture,
                    $"the row has {record.Fields.Length} fields but the header has {columns.Length}; quote fields that contain commas")));
                continue;
            }

            if (!headerOk)
            {
                continue;
            }

            cells.Clear();
            for (var i = 0; i < columns.Length; i++)
            {
                if (columns[i] is { } column)
                {
                    cells[column] = record.Fields[i];
                }
            }

            if (parser.Parse(record.Line, cells, null) is { } row)
            {
                rows.Add(row);
            }
        }

        return new SurveyReadResult(name, encoding, rows, errors, unknown);
    }

    private static string?[] Header(
        CsvRecords.Record header, SurveyReadOptions options, List<SurveyImportError> errors, List<string> unknown,
        out bool requiredPresent)
    {
        // Rows are checked cell by cell only when the required columns exist; otherwise every row would repeat them.
        requiredPresent = true;
        var columns = new string?[header.Fields.Length];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Length; i++)
        {
            var cell = header.Fields[i].Trim();
            var column = SurveyColumns.Resolve(cell);
            if (column is null)
            {
                unknown.Add(cell);
                if (!options.AllowUnknownColumns)
                {
                    errors.Add(new SurveyImportError(1, cell.Length == 0 ? string.Create(CultureInfo.InvariantCulture, $"column {i + 1}") : cell,
                        "unknown column; rename it to a survey column (see README \"The survey CSV\") or pass --allow-unknown-columns to ignore it"));
                }

                continue;
            }

            if (seen.TryGetValue(column, out var first))
            {
                errors.Add(new SurveyImportError(1, cell, string.Create(CultureInfo.InvariantCulture,
                    $"duplicate column: the same as column {first + 1} ({header.Fields[first].Trim()})")));
                continue;
            }

            seen[column] = i;
            columns[i] = column;
        }

        foreach (var required in (string[])[SurveyColumns.BuildingId, SurveyColumns.StructureType, SurveyColumns.YearBuilt, SurveyColumns.Storeys])
        {
            if (!seen.ContainsKey(required))
            {
                errors.Add(new SurveyImportError(1, required, $"required column missing (header {SurveyColumns.Describe(required)})"));
                requiredPresent = false;
            }
        }

        var hasPoint = seen.ContainsKey(SurveyColumns.Lon) && seen.ContainsKey(SurveyColumns.Lat);
        if (!hasPoint && !seen.ContainsKey(SurveyColumns.FootprintWkt))
        {
            errors.Add(new SurveyImportError(1, SurveyColumns.Lon,
                "required columns missing: lon and lat (经度, 纬度) or footprint_wkt"));
            requiredPresent = false;
        }

        return columns;
    }
}
