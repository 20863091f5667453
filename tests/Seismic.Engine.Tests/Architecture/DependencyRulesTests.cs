using System.Reflection;
using Seismic.Engine.District;

namespace Seismic.Engine.Tests.Architecture;

/// <summary>
/// ARCHITECTURE.md: the engine is a pure numeric core. It references only NetTopologySuite, MathNet.Numerics and
/// Google.OrTools — never a scheduler, an SMS provider, a database driver, ASP.NET Core or HttpClient.
/// </summary>
public class DependencyRulesTests
{
    private static readonly string[] Forbidden =
    [
        "Hangfire", "Twilio", "Npgsql", "Microsoft.Data.Sqlite", "SQLitePCLRaw", "Microsoft.AspNetCore",
        "System.Net.Http", "System.Net.Sockets", "SkiaSharp", "ProjNet", "OsmSharp", "System.CommandLine",
    ];

    private static readonly string[] AllowedThirdParty = ["NetTopologySuite", "MathNet.Numerics", "Google.OrTools", "Google.Protobuf"];

    [Fact]
    public void Engine_ReferencesNoAdapterLibrary()
    {
        var references = ReferencedNames(typeof(DistrictModel).Assembly);

        references.Should().NotContain(name => Forbidden.Any(f => name.StartsWith(f, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Engine_ReferencesOnlyTheFrameworkAndItsThreeLibraries()
    {
        var references = ReferencedNames(typeof(DistrictModel).Assembly);

        var thirdParty = references.Where(n => !n.StartsWith("System", StringComparison.Ordinal)
                                               && !n.StartsWith("Microsoft.", StringComparison.Ordinal)
                                               && n != "netstandard" && n != "mscorlib");
        thirdParty.Should().OnlyContain(n => AllowedThirdParty.Any(a => n.StartsWith(a, StringComparison.Ordinal)));
    }

    private static List<string> ReferencedNames(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
}
