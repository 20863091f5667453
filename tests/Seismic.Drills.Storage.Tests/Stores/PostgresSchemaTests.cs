namespace Seismic.Drills.Storage.Tests.Stores;

public sealed class PostgresSchemaTests() : SchemaContract(Backend.Postgres);
