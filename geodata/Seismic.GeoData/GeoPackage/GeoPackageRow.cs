using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Seismic.GeoData.GeoPackage;

/// <summary>
/// Typed access to the current row of a district table by result ordinal; a NULL where a value is required or an
/// unknown enum text becomes a <see cref="GeoDataException"/> naming the table, row and column.
/// </summary>
internal sealed class Row(string path, string table, LayerColumn[] columns, SqliteDataReader reader, bool withGeometry)
{
    private readonly int _firstColumn = withGeometry ? 2 : 1;

    public string Text(int ordinal) => reader.IsDBNull(ordinal) ? string.Empty : reader.GetString(ordinal);

    public long Int64(int ordinal) => Required(ordinal) ? reader.GetInt64(ordinal) : 0;

    public int Int32(int ordinal)
    {
        var value = Int64(ordinal);
        return value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw Error(ordinal, string.Create(CultureInfo.InvariantCulture, $"{value} is out of range"));
    }

    public double Double(int ordinal) => Required(ordinal) ? reader.GetDouble(ordinal) : 0;

    public bool Boolean(int ordinal) => Int64(ordinal) != 0;

    public int? NullableInt32(int ordinal) => reader.IsDBNull(ordinal) ? null : Int32(ordinal);

    public long? NullableInt64(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public double? NullableDouble(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    public TEnum Enum<TEnum>(int ordinal)
        where TEnum : struct, Enum
    {
        var text = Text(ordinal);
        return DistrictEnumText.TryParse<TEnum>(text, out var value)
            ? value
            : throw Error(ordinal,
                $"unknown value '{text}'; expected one of {string.Join(", ", DistrictEnumText.AllTexts<TEnum>())}");
    }

    public GeoDataException Error(long fid, string column, string problem) =>
        new(path, string.Create(CultureInfo.InvariantCulture, $"table {table}, row fid {fid}, column {column}"), problem);

    private GeoDataException Error(int ordinal, string problem) =>
        Error(reader.GetInt64(0), columns[ordinal - _firstColumn].Name, problem);

    private bool Required(int ordinal) =>
        !reader.IsDBNull(ordinal) ? true : throw Error(ordinal, "the value is NULL but required");
}
