namespace Seismic.Drills.Storage.Tests.Stores;

public sealed class PostgresOutboxStoreTests() : OutboxStoreContract(Backend.Postgres);
