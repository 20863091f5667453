using System.Globalization;
using System.Text;

namespace Seismic.Cli.Tests;

/// <summary>
/// The roster, drill and alert commands on the Haizhu sample, with simulated runs through the real Twilio SDK against
/// the built-in simulator and the web app's signed webhooks, all on 127.0.0.1.
/// </summary>
[Collection(HangfireUsers.Name)]
public class DrillCommandsTests
{
    [Fact]
    public void CommittedRoster_IsRegeneratedByteForByte_ByTheDocumentedCommand()
    {
        using var temp = new TempFolder();

        var synth = CliRunner.Run("roster", "synth", "--seed", "20201101", "--out", temp.File("roster.csv"));

        synth.ExitCode.Should().Be(0, synth.Error);
        File.ReadAllBytes(temp.File("roster.csv")).Should().Equal(File.ReadAllBytes(CliRunner.Data("roster.csv")));
    }

    [Fact]
    public void RosterImport_WithInvalidNumbers_IsRefusedWithEveryRowError_AndImportsNothing()
    {
        using var temp = new TempFolder();
        var file = temp.File("bad.csv");
        File.WriteAllText(file, string.Join('\n',
            "id,name,role,community,street,phone,language,skills,availability,consent",
            "V1,王芳,volunteer,青凤社区,南华西街道,13800138000,zh-Hans,first_aid,any,yes",
            "V2,李强,volunteer,青凤社区,南华西街道,12345,zh-Hans,,any,yes",
            "V3,张伟,helper,青凤社区,南华西街道,13900139000,zh-Hans,,any,yes",
            "V4,赵敏,volunteer,青凤社区,南华西街道,+86 140 0000 0000,zh-Hans,,any,yes") + "\n", new UTF8Encoding(false));
        var db = temp.File("drills.sqlite");

        var import = CliRunner.Run("roster", "import", file, "--drills-db", db);
        var list = CliRunner.Run("roster", "list", "--drills-db", db);

        import.ExitCode.Should().Be(2);
        import.Error.Should().Contain("bad.csv line 3").And.Contain("phone").And.Contain("line 4").And.Contain("role").And.Contain("line 5");
        list.Out.Should().StartWith("0 people");
    }

    [Fact]
    public void RosterImport_ThenList_ShowsEveryoneInE164()
    {
        using var temp = new TempFolder();
        var db = temp.File("drills.sqlite");

        var import = CliRunner.Run("roster", "import", CliRunner.Data("roster.csv"), "--drills-db", db);
        var csv = CliRunner.Run("roster", "list", "--community", "青凤社区", "--csv", "--drills-db", db);

        import.ExitCode.Should().Be(0, import.Error);
        import.Out.Should().Contain("imported 3740 people");
        var rows = csv.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        // 12 volunteers, 2 assistants and the street coordinator listed with the community.
        rows.Should().HaveCount(15).And.OnlyContain(r => r.Contains(",青凤社区,", StringComparison.Ordinal) && r.Contains(",+86170", StringComparison.Ordinal));
    }

    [Fact]
    public void DrillRun_Simulated_SendsEachInjectOncePerPerson_AndWritesTheAfterActionReport()
    {
        using var temp = new TempFolder();
        var db = temp.File("drills.sqlite");
        CliRunner.Run("roster", "import", CliRunner.Data("roster.csv"), "--drills-db", db).ExitCode.Should().Be(0);

        var run = CliRunner.Run("drill", "run", "--community", "青凤社区", "--now", "--simulate", "--ack-rate", "0.7", "--drills-db", db, "--out", temp.File("run"));

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("after-action report").And.Contain("recipients 13");
        var messages = File.ReadAllLines(temp.File("run/messages.csv"));
        messages[0].Should().Be("message_id,recipient,kind,status,provider_sid");
        var rows = messages.Skip(1).Select(l => l.Split(',')).ToList();
        foreach (var kind in new[] { "announcement", "reminder", "alarm", "all_clear" })
        {
            // 12 volunteers and 2 assistants; one of them has opted out and gets nothing.
            var ofKind = rows.Where(r => r[2] == kind).ToList();
            ofKind.Should().HaveCount(14, kind);
            ofKind.Select(r => r[1]).Should().OnlyHaveUniqueItems();
            ofKind.Count(r => r[3] == "suppressed").Should().Be(1);
            ofKind.Where(r => r[3] != "suppressed").Should().OnlyContain(r => r[3] == "delivered" && r[4].StartsWith("SM", StringComparison.Ordinal));
        }

        rows.Where(r => r[4].Length > 0).Select(r => r[4]).Should().OnlyHaveUniqueItems();
        var html = File.ReadAllText(temp.File("run/after-action.html"));
        html.Should().Contain("青凤社区");
        File.ReadAllLines(temp.File("run/acks.csv")).Length.Should().BeGreaterThan(1);
        File.ReadAllText(temp.File("run/alarm.cap.xml")).Should().Contain("<status>Exercise</status>");
    }

    [Fact]
    public void DrillPlan_ThenShowAndList_PrintTheEventsListInShanghaiTime()
    {
        using var temp = new TempFolder();
        var db = temp.File("drills.sqlite");
        var at = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 09:30";

        CliRunner.Run("roster", "import", CliRunner.Data("roster.csv"), "--drills-db", db).ExitCode.Should().Be(0);
        var plan = CliRunner.Run("drill", "plan", "--id", "D-TEST-1", "--community", "青凤社区", "--at", at, "--drills-db", db);
        var show = CliRunner.Run("drill", "show", "D-TEST-1", "--drills-db", db);
        var list = CliRunner.Run("drill", "list", "--drills-db", db);

        plan.ExitCode.Should().Be(0, plan.Error);
        // announcement, reminder, alarm, all clear, and the two escalation levels: one job each.
        plan.Out.Should().Contain("6 jobs scheduled (6 events)");
        File.Exists(temp.File("scheduler.sqlite")).Should().BeTrue("the scheduler's jobs live beside the drills file");
        show.ExitCode.Should().Be(0, show.Error);
        show.Out.Should().Contain(at + " Asia/Shanghai").And.Contain("announce").And.Contain("alarm").And.Contain("all-clear");
        show.Out.Should().Contain("objectives:");
        // 13 reachable recipients (one of the 14 opted out); Chinese texts are UCS-2 and need two or more parts.
        show.Out.Should().Contain("13 reachable recipients").And.MatchRegex(@"alarm\s+13 texts,\s+\d+ segments \(up to [2-9] per text, 13 in UCS-2\)");
        show.Out.Should().Contain("CNY per segment");
        // The default plan spreads its texts: no number reaches the carriers' review threshold from it.
        show.Out.Should().MatchRegex(@"content rules: at most [1-4] different texts to one number within 24 h \(carriers review from 5\)");
        list.Out.Should().Contain("D-TEST-1");
    }

    [Fact]
    public void DrillPlan_InThePast_OrForAnUnknownCommunity_IsRefused()
    {
        using var temp = new TempFolder();
        var db = temp.File("drills.sqlite");

        var past = CliRunner.Run("drill", "plan", "--community", "青凤社区", "--at", "2020-01-01 09:00", "--drills-db", db);
        var unknown = CliRunner.Run("drill", "plan", "--community", "不存在社区", "--at", "2030-01-01 09:00", "--drills-db", db);
        var missing = CliRunner.Run("drill", "run", "NO-SUCH-DRILL", "--simulate", "--drills-db", db, "--out", temp.File("x"));

        past.ExitCode.Should().Be(2);
        unknown.ExitCode.Should().Be(2);
        unknown.Error.Should().Contain("不存在社区");
        missing.ExitCode.Should().Be(2);
        missing.Error.Should().Contain("NO-SUCH-DRILL");
        Directory.Exists(temp.File("x")).Should().BeFalse();
    }

    [Fact]
    public void AlertSend_Simulated_IsNotAnExercise_AndItsCapSaysActual()
    {
        using var temp = new TempFolder();
        var db = temp.File("drills.sqlite");
        CliRunner.Run("roster", "import", CliRunner.Data("roster.csv"), "--drills-db", db).ExitCode.Should().Be(0);

        var alert = CliRunner.Run("alert", "send", "--community", "青凤社区", "--headline", "海珠区发生5.8级地震", "--text", "请立即到空旷地带避险。",
            "--magnitude", "5.8", "--id", "EQ-1", "--simulate", "--drills-db", db, "--out", temp.File("alert"));

        alert.ExitCode.Should().Be(0, alert.Error);
        alert.Out.Should().Contain("alert alert/EQ-1: 15 recipients");
        alert.Out.Should().NotContain("manual review", "nobody had other texts today");
        var cap = File.ReadAllText(temp.File("alert/alert.cap.xml"));
        cap.Should().Contain("<status>Actual</status>").And.Contain("<severity>Severe</severity>").And.NotContain("演练");
    }

    [Fact]
    public void AlertSend_OnTheDayOfADrill_WarnsThatCarriersMayHoldItForReview()
    {
        using var temp = new TempFolder();
        var db = temp.File("drills.sqlite");
        CliRunner.Run("roster", "import", CliRunner.Data("roster.csv"), "--drills-db", db).ExitCode.Should().Be(0);
        CliRunner.Run("drill", "run", "--community", "青凤社区", "--now", "--simulate", "--ack-rate", "0.7", "--drills-db", db, "--out", temp.File("run"))
            .ExitCode.Should().Be(0);

        var alert = CliRunner.Run("alert", "send", "--community", "青凤社区", "--headline", "海珠区发生5.8级地震", "--text", "请立即到空旷地带避险。",
            "--id", "EQ-2", "--simulate", "--drills-db", db);

        // The drill's announcement, reminder, alarm and all-clear reached its 13 reachable volunteers and assistants:
        // the alert is the fifth different text within 24 h for each of them (the coordinator had no drill texts).
        alert.ExitCode.Should().Be(0, alert.Error);
        alert.Out.Should().Contain("13 recipients now have 5 or more different texts within 24 h");
    }
}
