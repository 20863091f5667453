namespace Seismic.GeoData.OpenQuake;

/// <summary>The CSV form of an exposure: one asset per row.</summary>
internal static class ExposureCsvReader
{
    public static List<ExposureAsset> Read(string path, IReadOnlyList<string> costTypes, IReadOnlyList<string> periods)
    {
        var table = CsvTable.Read(path);
        var id = table.RequireColumn("id", "asset_id");
        var lon = table.RequireColumn("lon", "longitude");
        var lat = table.RequireColumn("lat", "latitude");
        var taxonomy = table.RequireColumn("taxonomy");
        var number = table.RequireColumn("number");
        var costColumns = new List<(string Name, int Column)>();
        var occupantColumns = new List<(string Name, int Column)>();
        var tagColumns = new List<(string Name, int Column)>();
        for (var c = 0; c < table.Header.Length; c++)
        {
            if (c == id || c == lon || c == lat || c == taxonomy || c == number)
            {
                continue;
            }

            var name = table.Header[c];
            if (costTypes.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                costColumns.Add((name, c));
            }
            else if (periods.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                occupantColumns.Add((name, c));
            }
            else if (name.StartsWith("occupants_", StringComparison.OrdinalIgnoreCase))
            {
                occupantColumns.Add((name["occupants_".Length..], c));
            }
            else
            {
                tagColumns.Add((name, c));
            }
        }

        var assets = new List<ExposureAsset>(table.Rows.Count);
        foreach (var (line, fields) in table.Rows)
        {
            var assetId = fields[id].Trim();
            if (assetId.Length == 0)
            {
                throw new GeoDataException(path, $"line {line}, column {table.Header[id]}", "empty asset id");
            }

            var tax = fields[taxonomy].Trim();
            if (tax.Length == 0)
            {
                throw new GeoDataException(path, $"line {line}, column {table.Header[taxonomy]}", $"asset {assetId}: empty taxonomy");
            }

            var x = table.Number(fields, lon, line, allowNegative: true);
            var y = table.Number(fields, lat, line, allowNegative: true);
            if (x is < -180 or > 180 || y is < -90 or > 90)
            {
                throw new GeoDataException(path, $"line {line}", $"asset {assetId}: lon {x} / lat {y} out of range");
            }

            var costs = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (name, column) in costColumns)
            {
                if (fields[column].Trim().Length > 0)
                {
                    costs[name] = table.Number(fields, column, line);
                }
            }

            var occupants = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var (name, column) in occupantColumns)
            {
                if (fields[column].Trim().Length > 0)
                {
                    occupants[name] = table.Number(fields, column, line);
                }
            }

            var tags = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, column) in tagColumns)
            {
                tags[name] = fields[column];
            }

            assets.Add(new ExposureAsset(assetId, tax, table.Number(fields, number, line), x, y, costs, occupants, tags,
                $"{Path.GetFileName(path)} line {line}"));
        }

        return assets;
    }
}
