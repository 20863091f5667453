using System.Text.Json;
using Seismic.Drills.Plans;

namespace Seismic.Drills.Messages;

/// <summary>
/// The message templates by id and language. <see cref="Default"/> holds a Chinese and an English text for every
/// inject kind; a JSON file can override or add templates:
/// <code>[ { "id": "alarm", "language": "zh-Hans", "text": "{name}：…{link}" }, … ]</code>
/// Every template is checked when loaded: unknown variables or unbalanced <c>[[ ]]</c> are refused with the file and
/// entry named.
/// </summary>
public sealed class TemplateCatalog
{
    /// <summary>Template id of announcements.</summary>
    public const string Announcement = "announcement";

    /// <summary>Template id of reminders.</summary>
    public const string Reminder = "reminder";

    /// <summary>Template id of the alarm.</summary>
    public const string Alarm = "alarm";

    /// <summary>Template id of the first escalation (to a community's assistants).</summary>
    public const string EscalationToAssistants = "escalation-1";

    /// <summary>Template id of the second escalation (to the coordinators).</summary>
    public const string EscalationToCoordinators = "escalation-2";

    /// <summary>Template id of the all clear.</summary>
    public const string AllClear = "all-clear";

    /// <summary>Template id of a real alert.</summary>
    public const string RealAlert = "real-alert";

    /// <summary>The language used when a person's language has no template.</summary>
    public const string FallbackLanguage = "zh-Hans";

    /// <summary>Variables a template may use.</summary>
    public static readonly IReadOnlyList<string> Variables =
        ["name", "community", "street", "shelter", "walk_min", "link", "title", "time", "missing_count", "missing_names", "alert"];

    private readonly Dictionary<(string Id, string Language), MessageTemplate> _templates;

    private TemplateCatalog(Dictionary<(string, string), MessageTemplate> templates) => _templates = templates;

    /// <summary>The built-in Chinese and English templates.</summary>
    public static TemplateCatalog Default { get; } = new(DefaultTemplates.Build());

    /// <summary>Every template, ordered by id and language.</summary>
    public IReadOnlyList<MessageTemplate> All =>
        [.. _templates.Values.OrderBy(t => t.Id, StringComparer.Ordinal).ThenBy(t => t.Language, StringComparer.Ordinal)];

    /// <summary>The default template id of an inject kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="escalationLevel">For escalations: 1 (assistants) or 2 (coordinators).</param>
    /// <returns>The id.</returns>
    public static string DefaultTemplateId(InjectKind kind, int escalationLevel = 1) => kind switch
    {
        InjectKind.Announcement => Announcement,
        InjectKind.Reminder => Reminder,
        InjectKind.Alarm => Alarm,
        InjectKind.Escalation => escalationLevel >= 2 ? EscalationToCoordinators : EscalationToAssistants,
        InjectKind.AllClear => AllClear,
        _ => RealAlert,
    };

    /// <summary>Finds a template in a language, falling back to Chinese.</summary>
    /// <param name="id">Template id.</param>
    /// <param name="language">Preferred language.</param>
    /// <returns>The template, or null when the id is unknown.</returns>
    public MessageTemplate? Find(string id, string language)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _templates.GetValueOrDefault((id, language ?? FallbackLanguage))
            ?? _templates.GetValueOrDefault((id, FallbackLanguage));
    }

    /// <summary>A catalog with some templates added or replaced (by id and language).</summary>
    /// <param name="overrides">The templates.</param>
    /// <returns>A new catalog.</returns>
    public TemplateCatalog WithOverrides(IEnumerable<MessageTemplate> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var copy = new Dictionary<(string, string), MessageTemplate>(_templates);
        foreach (var t in overrides)
        {
            var problem = Check(t.Text);
            if (problem is not null)
            {
                throw new DrillInputException($"template {t.Id} ({t.Language}): {problem}");
            }

            copy[(t.Id, t.Language)] = t;
        }

        return new TemplateCatalog(copy);
    }

    /// <summary>Reads templates from a JSON array of <c>{ "id", "language", "text" }</c> objects.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="fileName">The file name for messages.</param>
    /// <returns>The templates, each checked.</returns>
    /// <exception cref="DrillInputException">Malformed JSON, a missing field or a bad template.</exception>
    public static IReadOnlyList<MessageTemplate> ParseJson(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        var list = new List<MessageTemplate>();
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new DrillInputException($"{fileName}: expected a JSON array of {{\"id\",\"language\",\"text\"}} objects");
            }

            var n = 0;
            foreach (var e in doc.RootElement.EnumerateArray())
            {
                n++;
                var id = Field(e, "id", fileName, n);
                var language = e.TryGetProperty("language", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString()! : FallbackLanguage;
                var text = Field(e, "text", fileName, n);
                var problem = Check(text);
                if (problem is not null)
                {
                    throw new DrillInputException($"{fileName}: entry {n} ({id}, {language}): {problem}");
                }

                list.Add(new MessageTemplate(id, language, text));
            }
        }
        catch (JsonException ex)
        {
            throw new DrillInputException($"{fileName}: not valid JSON ({ex.Message})", ex);
        }

        return list;
    }

    /// <summary>The default catalog with the templates of a JSON file applied over it.</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>The catalog.</returns>
    public static TemplateCatalog LoadWithOverrides(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Default.WithOverrides(ParseJson(File.ReadAllText(path), Path.GetFileName(path)));
    }

    /// <summary>Checks a template text: known variables, balanced braces and optional parts.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The problem, or null when the text is fine.</returns>
    public static string? Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (string.CompareOrdinal(text, i, "[[", 0, 2) == 0)
            {
                if (++depth > 1)
                {
                    return "optional parts [[…]] cannot nest";
                }

                i++;
            }
            else if (string.CompareOrdinal(text, i, "]]", 0, 2) == 0)
            {
                if (--depth < 0)
                {
                    return "]] without [[";
                }

                i++;
            }
            else if (text[i] == '{')
            {
                var close = text.IndexOf('}', i + 1);
                if (close < 0)
                {
                    return "{ without }";
                }

                var name = text[(i + 1)..close];
                if (!Variables.Contains(name))
                {
                    return $"unknown variable {{{name}}}; known: {string.Join(' ', Variables.Select(v => "{" + v + "}"))}";
                }

                i = close;
            }
        }

        return depth != 0 ? "[[ without ]]" : null;
    }

    private static string Field(JsonElement e, string name, string fileName, int n) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Length > 0
            ? v.GetString()!
            : throw new DrillInputException($"{fileName}: entry {n} has no \"{name}\"");
}
