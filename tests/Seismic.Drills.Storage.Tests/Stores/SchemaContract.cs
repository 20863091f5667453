using Seismic.Drills.Rosters;

namespace Seismic.Drills.Storage.Tests.Stores;

/// <summary>Schema creation and reopening, run against every backend.</summary>
public abstract class SchemaContract(Backend backend) : StoreTestBase(backend)
{
    [Fact]
    public async Task Reopen_KeepsTheData_AndLeavesTheSchemaAsItWas()
    {
        await Storage.Rosters.ImportAsync([Samples.Person("V1", "+8613900000001")], Samples.T0);

        using DrillsStorage again = OpenAgain();
        using DrillsStorage third = OpenAgain();

        (await third.Rosters.FindAsync("V1")).Should().NotBeNull();
        (await again.Rosters.ListAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task Open_CreatesTheSchemaOnce_WhenSeveralOpenersRace()
    {
        DrillsStorage[] opened = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(OpenAgain)));
        try
        {
            await opened[0].Rosters.ImportAsync([Samples.Person("V1", "+8613900000001")], Samples.T0);
            foreach (DrillsStorage storage in opened)
            {
                (await storage.Rosters.ListAsync(null, [RosterRole.Volunteer])).Should().ContainSingle();
            }
        }
        finally
        {
            foreach (DrillsStorage storage in opened)
            {
                storage.Dispose();
            }
        }
    }
}
