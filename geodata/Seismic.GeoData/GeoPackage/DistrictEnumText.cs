using System.Collections.Frozen;
using System.Text;

namespace Seismic.GeoData.GeoPackage;

/// <summary>
/// The one mapping between district enums and the snake_case text stored in GeoPackage columns and GeoJSON
/// properties (<c>RcFrame</c> ↔ <c>rc_frame</c>, <c>ClassIII</c> ↔ <c>class_iii</c>), so that every format and the
/// survey CSV speak the same words.
/// </summary>
public static class DistrictEnumText
{
    /// <summary>The stored text of an enum value, e.g. <c>frame_shear_wall</c>.</summary>
    /// <typeparam name="TEnum">A district enum.</typeparam>
    /// <param name="value">A defined value.</param>
    public static string ToText<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Names<TEnum>.ByValue.TryGetValue(value, out var text)
            ? text
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name}.");

    /// <summary>Parses stored text (case-insensitive, surrounding spaces ignored) back to the enum value.</summary>
    /// <typeparam name="TEnum">A district enum.</typeparam>
    /// <param name="text">Text such as <c>rc_frame</c>.</param>
    /// <param name="value">The value when recognised.</param>
    /// <returns>True when <paramref name="text"/> names a value.</returns>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        if (text is not null && Names<TEnum>.ByText.TryGetValue(text.Trim(), out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Every stored text of an enum, in declaration order (for error messages that list the choices).</summary>
    /// <typeparam name="TEnum">A district enum.</typeparam>
    public static IReadOnlyList<string> AllTexts<TEnum>()
        where TEnum : struct, Enum => Names<TEnum>.InOrder;

    /// <summary>PascalCase → snake_case: an underscore before each capital that follows a lower-case letter or digit,
    /// so runs of capitals stay together (<c>ClassIII</c> → <c>class_iii</c>).</summary>
    internal static string ToSnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var ch = name[i];
            if (char.IsUpper(ch) && i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])))
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(ch));
        }

        return sb.ToString();
    }

    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly IReadOnlyList<string> InOrder = Array.ConvertAll(Enum.GetValues<TEnum>(), v => ToSnakeCase(v.ToString()));

        public static readonly FrozenDictionary<TEnum, string> ByValue =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => ToSnakeCase(v.ToString()));

        public static readonly FrozenDictionary<string, TEnum> ByText =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => ToSnakeCase(v.ToString()), v => v, StringComparer.OrdinalIgnoreCase);
    }
}
