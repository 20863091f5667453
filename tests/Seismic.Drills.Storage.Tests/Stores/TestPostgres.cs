using Npgsql;

namespace Seismic.Drills.Storage.Tests.Stores;

/// <summary>
/// The PostgreSQL server the tests use: SEISMIC_TEST_POSTGRES, which ./test.sh sets after starting a throw-away server.
/// Each test works in a schema of its own and drops it afterwards.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "SEISMIC_TEST_POSTGRES";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: run ./test.sh (it starts a throw-away PostgreSQL on 127.0.0.1:5433), or set {Variable} "
                + "to a Npgsql connection string of a server where the tests may create and drop schemas, e.g. "
                + "Host=127.0.0.1;Port=5433;Username=postgres;Database=postgres");

    public static string NewSchemaName() => "t_" + Guid.NewGuid().ToString("N")[..16];

    public static void DropSchema(string schema)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE", connection);
        command.ExecuteNonQuery();
    }
}
