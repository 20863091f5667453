namespace Seismic.Cli.Tests;

/// <summary><c>seismic demo</c> end to end on a small synthesized district: every step writes its part of the report.</summary>
public class DemoCommandTests
{
    [Fact]
    public void Demo_WritesTheReport_LinkingEveryMapAndTable()
    {
        using var temp = new TempFolder();
        var gpkg = temp.File("small.gpkg");
        CliRunner.Run("district", "synth", "--buildings", "2000", "--seed", "3", "--out", gpkg).ExitCode.Should().Be(0);
        var outDir = Path.Combine(temp.Path, "out");

        var demo = CliRunner.Run("demo", "--district", gpkg, "--out", outDir);

        demo.ExitCode.Should().Be(0, demo.Error);
        demo.Out.Should().Contain("report:");
        var html = File.ReadAllText(Path.Combine(outDir, "index.html"));
        foreach (var file in new[]
                 {
                     "district.png", "score-map.png", "retrofit-top20.csv", "scenario/ground-motion.png", "scenario/damage.png",
                     "scenario/community.csv", "evacuation/plan.csv", "evacuation/communities.csv", "evacuation/evacuation.png",
                     "evacuation/cards/cards.pdf", "evacuation/clearance.csv", "evacuation/bottlenecks.csv",
                     "evacuation-after-earthquake/plan.csv", "evacuation-after-earthquake/closures.csv",
                     "evacuation-after-earthquake/changes.csv", "evacuation-after-earthquake/evacuation.png",
                     "evacuation-after-earthquake/clearance.csv",
                 })
        {
            File.Exists(Path.Combine(outDir, file)).Should().BeTrue(file);
            html.Should().Contain($"href=\"{file}\"", file);
        }

        // One example card, shown as an image and linked.
        var cards = Directory.GetFiles(Path.Combine(outDir, "evacuation", "cards"), "*.png");
        cards.Should().ContainSingle();
        var card = "evacuation/cards/" + Path.GetFileName(cards[0]);
        html.Should().Contain($"<img src=\"{card}\"").And.Contain("<img src=\"evacuation/evacuation.png\"");

        // The plan's clearance time with street capacity and the damage-aware replan are reported, not only linked.
        html.Should().Contain("Clearance time with street capacity").And.Contain("Evacuation after the earthquake")
            .And.Contain("<img src=\"evacuation-after-earthquake/evacuation.png\"");
    }
}
