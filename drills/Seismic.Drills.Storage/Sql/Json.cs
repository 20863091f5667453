using System.Text.Json;
using System.Text.Json.Serialization;

namespace Seismic.Drills.Storage.Sql;

/// <summary>
/// The JSON form of a plan's lists and a person's skills. Enums as names so the documents stay readable in the
/// database; NaN allowed because an unserved building's walk time is NaN.
/// </summary>
internal static class Json
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new DrillsStorageException("stored JSON document is null: " + json);
}
