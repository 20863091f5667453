namespace Seismic.Drills.Rosters;

/// <summary>
/// The roster file's columns and the words it accepts in them, in English and Chinese. Column and value matching is
/// case-insensitive and ignores surrounding spaces.
/// </summary>
internal static class RosterColumns
{
    public const string Id = "id";
    public const string Name = "name";
    public const string Role = "role";
    public const string Community = "community";
    public const string Street = "street";
    public const string Phone = "phone";
    public const string Language = "language";
    public const string Skills = "skills";
    public const string Availability = "availability";
    public const string Consent = "consent";

    /// <summary>Every canonical column in file order (the writer's header).</summary>
    public static readonly string[] All = [Id, Name, Role, Community, Street, Phone, Language, Skills, Availability, Consent];

    /// <summary>Columns a file must have.</summary>
    public static readonly string[] Required = [Id, Name, Role, Community, Street, Phone];

    private static readonly Dictionary<string, string> HeaderAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        [Id] = Id, ["编号"] = Id,
        [Name] = Name, ["姓名"] = Name,
        [Role] = Role, ["角色"] = Role,
        [Community] = Community, ["社区"] = Community,
        [Street] = Street, ["街道"] = Street,
        [Phone] = Phone, ["手机"] = Phone, ["电话"] = Phone, ["手机号"] = Phone,
        [Language] = Language, ["语言"] = Language,
        [Skills] = Skills, ["技能"] = Skills,
        [Availability] = Availability, ["可用时间"] = Availability,
        [Consent] = Consent, ["同意"] = Consent,
    };

    private static readonly Dictionary<string, RosterRole> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["volunteer"] = RosterRole.Volunteer, ["志愿者"] = RosterRole.Volunteer,
        ["assistant"] = RosterRole.Assistant, ["助理员"] = RosterRole.Assistant, ["防震减灾助理员"] = RosterRole.Assistant,
        ["coordinator"] = RosterRole.Coordinator, ["协调员"] = RosterRole.Coordinator,
    };

    private static readonly Dictionary<string, string> SkillWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first_aid"] = "first_aid", ["急救"] = "first_aid",
        ["radio"] = "radio", ["无线电"] = "radio",
        ["search_rescue"] = "search_rescue", ["搜救"] = "search_rescue",
    };

    private static readonly Dictionary<string, ConsentState> ConsentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["yes"] = ConsentState.OptedIn, ["同意"] = ConsentState.OptedIn, ["y"] = ConsentState.OptedIn, ["是"] = ConsentState.OptedIn,
        ["no"] = ConsentState.OptedOut, ["不同意"] = ConsentState.OptedOut, ["n"] = ConsentState.OptedOut, ["否"] = ConsentState.OptedOut,
    };

    private static readonly Dictionary<string, string> LanguageWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zh-Hans"] = "zh-Hans", ["zh"] = "zh-Hans", ["zh-CN"] = "zh-Hans", ["中文"] = "zh-Hans",
        ["en"] = "en", ["en-US"] = "en", ["en-GB"] = "en", ["English"] = "en", ["英文"] = "en",
    };

    public static string? Canonical(string header) => HeaderAliases.GetValueOrDefault(header.Trim().TrimStart('\uFEFF'));

    public static bool TryRole(string value, out RosterRole role) => RoleWords.TryGetValue(value.Trim(), out role);

    public static bool TrySkill(string value, out string skill)
    {
        if (SkillWords.TryGetValue(value.Trim(), out var s))
        {
            skill = s;
            return true;
        }

        skill = string.Empty;
        return false;
    }

    public static bool TryConsent(string value, out ConsentState consent) => ConsentWords.TryGetValue(value.Trim(), out consent);

    public static bool TryLanguage(string value, out string language)
    {
        if (LanguageWords.TryGetValue(value.Trim(), out var l))
        {
            language = l;
            return true;
        }

        language = string.Empty;
        return false;
    }

    /// <summary>The file's word for a role (English; the reader accepts both).</summary>
    public static string RoleWord(RosterRole role) => role switch
    {
        RosterRole.Volunteer => "volunteer",
        RosterRole.Assistant => "assistant",
        _ => "coordinator",
    };
}
