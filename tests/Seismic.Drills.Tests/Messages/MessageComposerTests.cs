using Seismic.Drills;
using Seismic.Drills.Messages;
using Seismic.Drills.Plans;
using Seismic.Drills.Rosters;

namespace Seismic.Drills.Tests.Messages;

public class MessageComposerTests
{
    private static readonly DrillPlan Plan = new(
        "D2026-0001", "青凤社区疏散演练", DrillKind.EvacuationDrill, ["青凤社区"],
        new DateTimeOffset(2026, 12, 2, 11, 0, 0, TimeSpan.Zero), "Mw 6.0, 15 km SE, night", null,
        [], [], TimeSpan.FromMinutes(15), []);

    private static readonly BuildingRoute Route = new("B1", "青凤社区", "S1", "青凤公园", 250, 320);

    private static readonly Uri Link = new("https://ack.example/a/AbCdEfGhIjKlMnOpQrStUvWx");

    private static RosterPerson Person(string id, string name, string language = "zh-Hans") =>
        new(id, name, RosterRole.Volunteer, "青凤社区", "南洲街道", "+8613800138000", language, [], "any", ConsentState.OptedIn);

    private static DrillInject Inject(InjectKind kind, string template) => new(template, kind, TimeSpan.Zero, template, "act", null);

    private static MessageContext Context(InjectKind kind, string template, RosterPerson person, bool exercise = true, BuildingRoute? route = null, IReadOnlyList<RosterPerson>? missing = null, string? alert = null) =>
        new(kind == InjectKind.RealAlert ? null : Plan, Inject(kind, template), person, route ?? Route, Link, exercise, missing ?? [], alert);

    private readonly MessageComposer _composer = new();

    [Fact]
    public void Compose_MarksExercise_AndCarriesNameShelterWalkAndLink()
    {
        var text = _composer.Compose(Context(InjectKind.Alarm, TemplateCatalog.Alarm, Person("V1", "王伟")));

        text.Should().StartWith("【演练】王伟：");
        text.Should().Contain("青凤公园").And.Contain("约5分钟", "250 s is rounded up to 5 minutes").And.Contain(Link.AbsoluteUri);
        text.Should().Contain("回复1").And.Contain("回复2");
    }

    [Fact]
    public void Compose_UsesEnglish_ForEnglishReaders()
    {
        var text = _composer.Compose(Context(InjectKind.Alarm, TemplateCatalog.Alarm, Person("V2", "Li Na", "en")));

        text.Should().StartWith("[EXERCISE] Li Na: earthquake alarm");
        text.Should().Contain("about 5 min");
    }

    [Fact]
    public void Compose_NeverMarksARealAlert_AsAnExercise()
    {
        var text = _composer.Compose(Context(InjectKind.RealAlert, TemplateCatalog.RealAlert, Person("V1", "王伟"), exercise: true, alert: "海珠区发生地震。"));

        text.Should().StartWith("王伟：海珠区发生地震。");
        text.Should().NotContain("演练").And.NotContain("EXERCISE");
    }

    [Fact]
    public void Compose_ShowsTheDrillTime_InShanghai()
    {
        var text = _composer.Compose(Context(InjectKind.Announcement, TemplateCatalog.Announcement, Person("V1", "王伟")));

        text.Should().Contain("12月2日 19:00", "11:00 UTC is 19:00 in Asia/Shanghai");
    }

    [Fact]
    public void Compose_DiffersPerPersonAndPerInject()
    {
        var a = Person("V1", "王伟");
        var b = Person("V2", "李娜");
        var texts = new[]
        {
            _composer.Compose(Context(InjectKind.Announcement, TemplateCatalog.Announcement, a)),
            _composer.Compose(Context(InjectKind.Reminder, TemplateCatalog.Reminder, a)),
            _composer.Compose(Context(InjectKind.Alarm, TemplateCatalog.Alarm, a)),
            _composer.Compose(Context(InjectKind.AllClear, TemplateCatalog.AllClear, a)),
            _composer.Compose(Context(InjectKind.Alarm, TemplateCatalog.Alarm, b)),
        };

        texts.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Compose_DrillTextsToOnePerson_AreNeverRefusedByTheChinaRules()
    {
        var assistant = Person("A1", "张敏");
        var missing = new[] { Person("V1", "王伟") };
        var sent = new List<string>();
        foreach (var (kind, template) in new[]
                 {
                     (InjectKind.Reminder, TemplateCatalog.Reminder), (InjectKind.Alarm, TemplateCatalog.Alarm),
                     (InjectKind.Escalation, TemplateCatalog.EscalationToAssistants), (InjectKind.Escalation, TemplateCatalog.EscalationToCoordinators),
                     (InjectKind.AllClear, TemplateCatalog.AllClear),
                 })
        {
            var text = _composer.Compose(Context(kind, template, assistant, missing: missing));
            var decision = ChinaContentRules.Default.Evaluate(text, sent);
            decision.Verdict.Should().NotBe(ContentVerdict.Refuse);
            sent.Add(text);
        }

        // Five different texts in 24 h: the last one is flagged, so the dispatcher knows carriers may review it.
        ChinaContentRules.Default.Evaluate(sent[^1], sent.Take(4)).Verdict.Should().Be(ContentVerdict.FlagForReview);
    }

    [Fact]
    public void Compose_LeavesOutOptionalParts_WhenRouteIsUnknown()
    {
        var noRoute = new BuildingRoute("B9", "青凤社区", null, null, double.NaN, double.NaN);

        var text = _composer.Compose(Context(InjectKind.Alarm, TemplateCatalog.Alarm, Person("V1", "王伟"), route: noRoute));

        text.Should().Contain("就近的应急避难场所").And.NotContain("约").And.NotContain("{").And.NotContain("[[");
    }

    [Fact]
    public void Compose_ListsAtMostFiveMissingNames_InEscalations()
    {
        var missing = Enumerable.Range(1, 7).Select(i => Person("V" + i, "人" + i)).ToList();

        var text = _composer.Compose(Context(InjectKind.Escalation, TemplateCatalog.EscalationToAssistants, Person("A1", "张敏"), missing: missing));

        text.Should().Contain("7名志愿者").And.Contain("人1、人2、人3、人4、人5等7人").And.NotContain("人6");
    }

    [Fact]
    public void Catalog_HasChineseAndEnglish_ForEveryInjectKind()
    {
        foreach (var kind in Enum.GetValues<InjectKind>())
        {
            foreach (var level in new[] { 1, 2 })
            {
                var id = TemplateCatalog.DefaultTemplateId(kind, level);
                TemplateCatalog.Default.Find(id, "zh-Hans")!.Language.Should().Be("zh-Hans");
                TemplateCatalog.Default.Find(id, "en")!.Language.Should().Be("en");
                TemplateCatalog.Check(TemplateCatalog.Default.Find(id, "en")!.Text).Should().BeNull();
            }
        }
    }

    [Fact]
    public void Catalog_OverridesTemplates_FromJson()
    {
        var json = """[ { "id": "alarm", "language": "zh-Hans", "text": "{name}，快跑到{shelter}！" } ]""";
        var catalog = TemplateCatalog.Default.WithOverrides(TemplateCatalog.ParseJson(json, "templates.json"));

        var text = new MessageComposer(catalog).Compose(Context(InjectKind.Alarm, TemplateCatalog.Alarm, Person("V1", "王伟")));

        text.Should().Be("【演练】王伟，快跑到青凤公园！");
        catalog.Find(TemplateCatalog.Alarm, "en")!.Text.Should().Be(TemplateCatalog.Default.Find(TemplateCatalog.Alarm, "en")!.Text);
    }

    [Fact]
    public void Catalog_RefusesUnknownVariable_NamingFileAndEntry()
    {
        var json = """[ { "id": "alarm", "text": "ok" }, { "id": "reminder", "text": "{nmae} hello" } ]""";

        var act = () => TemplateCatalog.ParseJson(json, "templates.json");

        act.Should().Throw<DrillInputException>().WithMessage("templates.json: entry 2 (reminder, zh-Hans): unknown variable {nmae}*");
    }
}
