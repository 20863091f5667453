using System.Xml.Linq;
using Seismic.Drills.Cap;
using Seismic.Drills.Plans;

namespace Seismic.Drills.Tests.Cap;

public class CapAlertWriterTests
{
    private static readonly XNamespace Ns = "urn:oasis:names:tc:emergency:cap:1.2";

    private static readonly DrillPlan Plan = new(
        "D2026-0001", "青凤社区疏散演练", DrillKind.EvacuationDrill, ["青凤社区", "东风社区"],
        new DateTimeOffset(2026, 12, 2, 11, 0, 0, TimeSpan.Zero), "Mw 6.0, 15 km SE, night", null,
        [new DrillInject("alarm", InjectKind.Alarm, TimeSpan.Zero, "alarm", "acknowledge within 15 min", TimeSpan.FromMinutes(15))],
        [], TimeSpan.FromMinutes(15), []);

    // An open ring (lat, lon) around part of Haizhu; the writer closes it.
    private static readonly CapArea Area = new("青凤社区、东风社区",
        [[new CapPoint(23.0912, 113.2601), new CapPoint(23.0915, 113.2700), new CapPoint(23.0850, 113.2702), new CapPoint(23.0848, 113.2603)]]);

    private static XElement Parse(string xml) => XDocument.Parse(xml).Root!;

    [Fact]
    public void Drill_IsAnExercise_WithAlertChildrenInSchemaOrder()
    {
        var xml = CapAlertWriter.Write(CapAlertFactory.ForDrill(Plan, Plan.Injects[0], "eq-office@haizhu.example", new Uri("https://ack.example/a/"), [Area]));
        var root = Parse(xml);

        root.Name.Should().Be(Ns + "alert");
        root.Elements().Select(e => e.Name.LocalName).Should().Equal("identifier", "sender", "sent", "status", "msgType", "scope", "note", "info", "info");
        root.Element(Ns + "status")!.Value.Should().Be("Exercise");
        root.Element(Ns + "msgType")!.Value.Should().Be("Alert");
        root.Element(Ns + "scope")!.Value.Should().Be("Public");
        root.Element(Ns + "identifier")!.Value.Should().Be("D2026-0001.alarm");
        root.Element(Ns + "sent")!.Value.Should().Be("2026-12-02T19:00:00+08:00");
    }

    [Fact]
    public void Drill_InfoAndArea_FollowSchemaOrder_WithClosedLatLonPolygon()
    {
        var root = Parse(CapAlertWriter.Write(CapAlertFactory.ForDrill(Plan, Plan.Injects[0], "eq-office@haizhu.example", new Uri("https://ack.example/a/"), [Area])));
        var info = root.Elements(Ns + "info").First();

        info.Elements().Select(e => e.Name.LocalName).Should().Equal(
            "language", "category", "event", "responseType", "urgency", "severity", "certainty", "headline", "description", "instruction", "web", "area");
        info.Element(Ns + "language")!.Value.Should().Be("zh-CN");
        info.Element(Ns + "category")!.Value.Should().Be("Geo");
        info.Element(Ns + "headline")!.Value.Should().StartWith("【演练】");
        info.Element(Ns + "web")!.Value.Should().Be("https://ack.example/a/");
        info.Element(Ns + "urgency")!.Value.Should().Be("Immediate");
        info.Element(Ns + "severity")!.Value.Should().Be("Severe");
        var area = info.Element(Ns + "area")!;
        area.Elements().Select(e => e.Name.LocalName).Should().Equal("areaDesc", "polygon");
        area.Element(Ns + "polygon")!.Value.Should().Be("23.0912,113.2601 23.0915,113.27 23.085,113.2702 23.0848,113.2603 23.0912,113.2601");
        root.Elements(Ns + "info").Last().Element(Ns + "headline")!.Value.Should().StartWith("[EXERCISE] ");
    }

    [Theory]
    [InlineData(6.2, "Immediate", "Extreme", "Evacuate")]
    [InlineData(5.4, "Immediate", "Severe", "Evacuate")]
    [InlineData(4.1, "Expected", "Moderate", "Monitor")]
    public void RealAlert_IsActual_WithSeverityFromMagnitude(double mw, string urgency, string severity, string response)
    {
        var alert = CapAlertFactory.ForRealAlert("A1", "eq-office@haizhu.example", new DateTimeOffset(2026, 12, 2, 3, 4, 5, 678, TimeSpan.Zero), mw,
            "Earthquake", "Go to your shelter.", null, [Area]);
        var root = Parse(CapAlertWriter.Write(alert));
        var info = root.Element(Ns + "info")!;

        root.Element(Ns + "status")!.Value.Should().Be("Actual");
        root.Element(Ns + "sent")!.Value.Should().Be("2026-12-02T11:04:05+08:00", "Shanghai time, no fractional seconds");
        info.Element(Ns + "urgency")!.Value.Should().Be(urgency);
        info.Element(Ns + "severity")!.Value.Should().Be(severity);
        info.Element(Ns + "responseType")!.Value.Should().Be(response);
        info.Element(Ns + "headline")!.Value.Should().NotContain("演练").And.NotContain("EXERCISE");
        info.Element(Ns + "web").Should().BeNull();
    }

    [Fact]
    public void FormatTime_WritesUtcAsMinusZero_NotZ()
    {
        CapAlertWriter.FormatTime(new DateTimeOffset(2026, 12, 2, 3, 4, 5, 999, TimeSpan.Zero)).Should().Be("2026-12-02T03:04:05-00:00");
        CapAlertWriter.FormatTime(new DateTimeOffset(2026, 12, 2, 3, 4, 5, TimeSpan.FromHours(-5))).Should().Be("2026-12-02T03:04:05-05:00");
    }

    [Fact]
    public void Scope_Restricted_WritesRestriction_AndPrivate_RequiresAddresses()
    {
        var baseAlert = CapAlertFactory.ForDrill(Plan, Plan.Injects[0], "eq-office@haizhu.example", null, [Area]);

        var restricted = Parse(CapAlertWriter.Write(baseAlert with { Scope = CapScope.Restricted, Restriction = "drill staff only" }));
        restricted.Elements().Select(e => e.Name.LocalName).Take(7).Should().Equal("identifier", "sender", "sent", "status", "msgType", "scope", "restriction");

        var privateAlert = Parse(CapAlertWriter.Write(baseAlert with { Scope = CapScope.Private, Addresses = "+8613800138000" }));
        privateAlert.Element(Ns + "addresses")!.Value.Should().Be("+8613800138000");

        var missing = () => CapAlertWriter.Write(baseAlert with { Scope = CapScope.Private });
        missing.Should().Throw<ArgumentException>().WithMessage("*addresses*");
    }

    [Fact]
    public void Write_RefusesSenderWithSpaces_AndDegeneratePolygon()
    {
        var alert = CapAlertFactory.ForDrill(Plan, Plan.Injects[0], "eq office", null, [Area]);
        ((Action)(() => CapAlertWriter.Write(alert))).Should().Throw<ArgumentException>().WithMessage("*sender*");

        var flat = new CapArea("x", [[new CapPoint(23, 113), new CapPoint(23.1, 113.1), new CapPoint(23, 113)]]);
        var bad = CapAlertFactory.ForDrill(Plan, Plan.Injects[0], "eq@x", null, [flat]);
        ((Action)(() => CapAlertWriter.Write(bad))).Should().Throw<ArgumentException>().WithMessage("*3 distinct points*");
    }
}
