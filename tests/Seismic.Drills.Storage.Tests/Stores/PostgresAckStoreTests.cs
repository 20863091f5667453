namespace Seismic.Drills.Storage.Tests.Stores;

public sealed class PostgresAckStoreTests() : AckStoreContract(Backend.Postgres);
