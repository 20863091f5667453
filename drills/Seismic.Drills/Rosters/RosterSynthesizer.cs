using System.Globalization;

namespace Seismic.Drills.Rosters;

/// <summary>
/// Generates the sample roster shipped with the Haizhu district: volunteers and assistants in every community,
/// coordinators per street, with Chinese names, a skills mix, a few opt-outs and a few English readers. The same seed
/// and input always give the same roster (no clock, seeded <see cref="Random"/>).
/// <para><b>Phone numbers are fake.</b> Mainland China publishes no fictitious or "drama" number range (unlike the
/// UK's Ofcom 07700 900xxx or North America's 555-01xx). The generator therefore draws every number from
/// <c>+86 1700 0xx xxxx</c>: the 1700 block belongs to the mobile virtual network operators, so the numbers pass
/// libphonenumber's <c>IsValidNumber</c> (the same check a real import makes), but they are random and certainly not
/// the district's volunteers. A sample roster must only ever be sent to the local SMS simulator, never through a
/// live provider account.</para>
/// </summary>
public static class RosterSynthesizer
{
    /// <summary>The fake-number prefix in E.164: <c>+8617000</c>, followed by six random digits.</summary>
    public const string FakePhonePrefix = "+8617000";

    // The most common Chinese surnames (the 2020 census' top of the list) and everyday given-name characters.
    private static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高",
        "梁", "郑", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "潘", "袁", "蔡", "蒋", "余",
    ];

    private static readonly string[] GivenChars =
    [
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平",
        "刚", "桂", "英", "华", "玲", "建", "文", "辉", "鹏", "晓", "红", "燕", "宇", "浩", "婷", "欣", "海", "俊", "嘉", "颖",
        "志", "佳", "思", "雪", "梅", "丹", "峰", "斌", "凯", "琳",
    ];

    private static readonly string[] Availabilities = ["any", "evenings", "weekends", "weekdays", "evenings;weekends"];

    /// <summary>Generates a roster.</summary>
    /// <param name="communities">The district's communities with their streets (order matters for ids).</param>
    /// <param name="seed">Random seed.</param>
    /// <param name="options">Sizes and mixes; null for the defaults.</param>
    /// <returns>People ordered by role (volunteers, assistants, coordinators) and input order.</returns>
    public static IReadOnlyList<RosterPerson> Generate(IReadOnlyList<CommunityStreet> communities, int seed, RosterSynthesisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(communities);
        options ??= new RosterSynthesisOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.VolunteersPerCommunity);
        ArgumentOutOfRangeException.ThrowIfNegative(options.AssistantsPerCommunity);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxCoordinatorsPerStreet, 1);

        var random = new Random(seed);
        var usedPhones = new HashSet<int>();
        var people = new List<RosterPerson>();
        var volunteerNo = 0;
        var assistantNo = 0;
        foreach (var c in communities)
        {
            for (var i = 0; i < options.VolunteersPerCommunity; i++)
            {
                people.Add(Person(random, usedPhones, options, Id("V", ++volunteerNo, 5), RosterRole.Volunteer, c.Community, c.Street));
            }
        }

        foreach (var c in communities)
        {
            for (var i = 0; i < options.AssistantsPerCommunity; i++)
            {
                people.Add(Person(random, usedPhones, options, Id("A", ++assistantNo, 4), RosterRole.Assistant, c.Community, c.Street));
            }
        }

        var coordinatorNo = 0;
        var seenStreets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in communities)
        {
            if (!seenStreets.Add(c.Street))
            {
                continue;
            }

            var count = random.Next(1, options.MaxCoordinatorsPerStreet + 1);
            for (var i = 0; i < count; i++)
            {
                // A coordinator works for the street; the roster records the first community of the street as the base.
                people.Add(Person(random, usedPhones, options, Id("C", ++coordinatorNo, 3), RosterRole.Coordinator, c.Community, c.Street));
            }
        }

        return people;
    }

    private static string Id(string prefix, int number, int digits) =>
        prefix + number.ToString("D" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static RosterPerson Person(
        Random random, HashSet<int> usedPhones, RosterSynthesisOptions options, string id, RosterRole role, string community, string street)
    {
        var name = Surnames[random.Next(Surnames.Length)] + GivenChars[random.Next(GivenChars.Length)];
        if (random.NextDouble() < 0.6)
        {
            name += GivenChars[random.Next(GivenChars.Length)];
        }

        int local;
        do
        {
            local = random.Next(0, 1_000_000);
        }
        while (!usedPhones.Add(local));

        var skills = new List<string>(3);
        // Assistants and coordinators are trained in first aid; volunteers mix the three skills.
        if (role != RosterRole.Volunteer || random.NextDouble() < 0.45)
        {
            skills.Add("first_aid");
        }

        if (random.NextDouble() < (role == RosterRole.Volunteer ? 0.2 : 0.6))
        {
            skills.Add("radio");
        }

        if (random.NextDouble() < 0.25)
        {
            skills.Add("search_rescue");
        }

        var language = random.NextDouble() < options.EnglishFraction ? "en" : "zh-Hans";
        var consent = random.NextDouble() < options.OptedOutFraction ? ConsentState.OptedOut : ConsentState.OptedIn;
        var availability = Availabilities[random.Next(Availabilities.Length)];
        var phone = FakePhonePrefix + local.ToString("D6", CultureInfo.InvariantCulture);
        return new RosterPerson(id, name, role, community, street, phone, language, skills, availability, consent);
    }
}
