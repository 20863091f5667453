namespace Seismic.Drills.Storage.Tests.Stores;

public sealed class SqliteSchemaTests() : SchemaContract(Backend.Sqlite);
