namespace Seismic.Drills.Storage.Tests.Stores;

public sealed class SqliteRosterStoreTests() : RosterStoreContract(Backend.Sqlite);
