using System.Globalization;
using System.Text;
using Seismic.Drills.Common;
using Seismic.Drills.Plans;
using Seismic.Drills.Rosters;

namespace Seismic.Drills.Messages;

/// <summary>
/// Renders a template for one recipient in their language: exercise marker first (【演练】 / [EXERCISE], for drills and
/// trainings, never for a real alert — a real alert must not look like a test), then the template with the person's
/// name, community, shelter, walking time, personal link and the drill's time in Asia/Shanghai.
/// </summary>
public sealed class MessageComposer : IMessageComposer
{
    /// <summary>The marker of exercise messages in Chinese.</summary>
    public const string ExerciseMarkerZh = "【演练】";

    /// <summary>The marker of exercise messages in English.</summary>
    public const string ExerciseMarkerEn = "[EXERCISE] ";

    /// <summary>At most this many names are listed in an escalation (SMS length).</summary>
    public const int MaxMissingNames = 5;

    private readonly TemplateCatalog _catalog;

    /// <summary>Creates a composer over the default templates.</summary>
    public MessageComposer()
        : this(TemplateCatalog.Default)
    {
    }

    /// <summary>Creates a composer over a catalog.</summary>
    /// <param name="catalog">The templates.</param>
    public MessageComposer(TemplateCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
    }

    /// <inheritdoc/>
    /// <exception cref="DrillInputException">The inject's template is not in the catalog.</exception>
    public string Compose(MessageContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var english = string.Equals(context.Person.Language, "en", StringComparison.OrdinalIgnoreCase);
        var language = english ? "en" : TemplateCatalog.FallbackLanguage;
        var templateId = string.IsNullOrEmpty(context.Inject.TemplateId)
            ? TemplateCatalog.DefaultTemplateId(context.Inject.Kind)
            : context.Inject.TemplateId;
        var template = _catalog.Find(templateId, language)
            ?? throw new DrillInputException($"no message template '{templateId}' for inject {context.Inject.Id}; add it to the template file");

        var sb = new StringBuilder(template.Text.Length + 64);
        if (context.IsExercise && context.Inject.Kind != InjectKind.RealAlert)
        {
            sb.Append(english ? ExerciseMarkerEn : ExerciseMarkerZh);
        }

        Render(template.Text, name => Value(name, context, english), name => Fallback(name, english), sb);
        return sb.ToString();
    }

    /// <summary>Renders a template text; optional parts whose variables lack a value are left out.</summary>
    internal static void Render(string text, Func<string, string?> value, Func<string, string> fallback, StringBuilder output)
    {
        var group = new StringBuilder();
        var inGroup = false;
        var groupComplete = true;
        for (var i = 0; i < text.Length; i++)
        {
            if (string.CompareOrdinal(text, i, "[[", 0, 2) == 0)
            {
                inGroup = true;
                groupComplete = true;
                group.Clear();
                i++;
                continue;
            }

            if (inGroup && string.CompareOrdinal(text, i, "]]", 0, 2) == 0)
            {
                if (groupComplete)
                {
                    output.Append(group);
                }

                inGroup = false;
                i++;
                continue;
            }

            var target = inGroup ? group : output;
            var close = text[i] == '{' ? text.IndexOf('}', i + 1) : -1;
            if (close < 0)
            {
                target.Append(text[i]);
                continue;
            }

            var name = text[(i + 1)..close];
            var v = value(name);
            if (string.IsNullOrEmpty(v))
            {
                if (inGroup)
                {
                    groupComplete = false;
                }
                else
                {
                    target.Append(fallback(name));
                }
            }
            else
            {
                target.Append(v);
            }

            i = close;
        }
    }

    private static string? Value(string name, MessageContext c, bool english) => name switch
    {
        "name" => c.Person.Name,
        "community" => c.Person.Community,
        "street" => c.Person.Street,
        "shelter" => c.Route?.ShelterName,
        "walk_min" => WalkMinutes(c.Route),
        "link" => c.AckLink?.AbsoluteUri,
        "title" => c.Plan?.Title,
        "time" => c.Plan is null ? null : FormatTime(ShanghaiTime.ToLocal(c.Plan.StartsAt), english),
        "missing_count" => c.Missing.Count.ToString(CultureInfo.InvariantCulture),
        "missing_names" => MissingNames(c.Missing, english),
        "alert" => c.AlertText,
        _ => null,
    };

    private static string Fallback(string name, bool english) => name switch
    {
        "shelter" => english ? "the nearest emergency shelter" : "就近的应急避难场所",
        "title" => english ? "earthquake exercise" : "地震应急演练",
        "alert" => english ? "Earthquake! Protect yourself and follow official instructions." : "发生地震！请注意避险，听从官方指引。",
        _ => string.Empty,
    };

    // Whole minutes rounded up: telling someone "4 minutes" for a 4.2-minute walk makes them late.
    private static string? WalkMinutes(BuildingRoute? route)
    {
        if (route is null || !double.IsFinite(route.WalkSeconds) || route.WalkSeconds < 0)
        {
            return null;
        }

        return Math.Max(1, (int)Math.Ceiling(route.WalkSeconds / 60.0)).ToString(CultureInfo.InvariantCulture);
    }

    private static string FormatTime(DateTimeOffset local, bool english) => english
        ? local.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture)
        : local.ToString("M月d日 HH:mm", CultureInfo.InvariantCulture);

    private static string? MissingNames(IReadOnlyList<RosterPerson> missing, bool english)
    {
        if (missing.Count == 0)
        {
            return null;
        }

        var sb = new StringBuilder();
        var shown = Math.Min(missing.Count, MaxMissingNames);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                sb.Append(english ? ", " : "、");
            }

            sb.Append(missing[i].Name);
        }

        if (missing.Count > shown)
        {
            var rest = missing.Count - shown;
            sb.Append(english
                ? string.Create(CultureInfo.InvariantCulture, $" and {rest} more")
                : string.Create(CultureInfo.InvariantCulture, $"等{missing.Count}人"));
        }

        return sb.ToString();
    }
}
