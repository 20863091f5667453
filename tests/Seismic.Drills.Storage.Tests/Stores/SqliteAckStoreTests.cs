namespace Seismic.Drills.Storage.Tests.Stores;

public sealed class SqliteAckStoreTests() : AckStoreContract(Backend.Sqlite);
