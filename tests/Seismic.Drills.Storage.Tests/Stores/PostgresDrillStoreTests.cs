namespace Seismic.Drills.Storage.Tests.Stores;

public sealed class PostgresDrillStoreTests() : DrillStoreContract(Backend.Postgres);
