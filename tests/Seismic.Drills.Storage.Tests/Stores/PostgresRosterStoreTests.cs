namespace Seismic.Drills.Storage.Tests.Stores;

public sealed class PostgresRosterStoreTests() : RosterStoreContract(Backend.Postgres);
