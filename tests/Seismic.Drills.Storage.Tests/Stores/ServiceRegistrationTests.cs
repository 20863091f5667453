using Microsoft.Extensions.DependencyInjection;
using Seismic.Drills.Acks;
using Seismic.Drills.Outbox;
using Seismic.Drills.Plans;
using Seismic.Drills.Rosters;

namespace Seismic.Drills.Storage.Tests.Stores;

/// <summary>The container entry point resolves the four stores over one opened database.</summary>
public sealed class ServiceRegistrationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "seismic-di-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task AddSeismicDrillsSqlite_ResolvesEveryStore_OnTheNamedFile()
    {
        string file = Path.Combine(_folder, "district", DrillsStorageOptions.DefaultFileName);
        using (ServiceProvider provider = new ServiceCollection().AddSeismicDrillsSqlite(file).BuildServiceProvider())
        {
            await provider.GetRequiredService<IRosterStore>().ImportAsync([Samples.Person("V1", "+8613900000001")], Samples.T0);
            provider.GetRequiredService<IDrillStore>().Should().BeSameAs(provider.GetRequiredService<DrillsStorage>().Drills);
            provider.GetRequiredService<IOutboxStore>().Should().NotBeNull();
            provider.GetRequiredService<IAckStore>().Should().NotBeNull();
            provider.GetRequiredService<DrillsStorage>().Description.Should().Be(file);
        }

        File.Exists(file).Should().BeTrue();
        using DrillsStorage reopened = DrillsStorage.OpenSqlite(file);
        (await reopened.Rosters.FindAsync("V1")).Should().NotBeNull();
    }
}
