namespace Seismic.Drills.Storage.Tests.Stores;

public sealed class SqliteOutboxStoreTests() : OutboxStoreContract(Backend.Sqlite);
