namespace Seismic.Drills.Storage.Tests.Stores;

public sealed class SqliteDrillStoreTests() : DrillStoreContract(Backend.Sqlite);
