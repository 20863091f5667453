using Seismic.Drills.Dispatch;

namespace Seismic.Drills.Tests.Architecture;

/// <summary>
/// ARCHITECTURE.md: the drills domain knows no scheduler, SMS provider, database driver, web framework or HTTP client;
/// those live in the adapters (Seismic.Drills.Storage, .Hangfire, .Twilio) and the apps.
/// </summary>
public class DependencyRulesTests
{
    private static readonly string[] Forbidden =
    [
        "Hangfire", "Twilio", "Npgsql", "Microsoft.Data.Sqlite", "SQLitePCLRaw", "Microsoft.AspNetCore", "System.Net.Http",
        "Polly", "Microsoft.Extensions.Http",
    ];

    [Fact]
    public void DrillsDomain_ReferencesNoAdapterLibrary()
    {
        var references = typeof(OutboxProcessor).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.Should().NotContain(name => Forbidden.Any(f => name.StartsWith(f, StringComparison.OrdinalIgnoreCase)));
        references.Should().Contain("PhoneNumbers", "the domain validates numbers itself");
    }
}
