using Microsoft.Data.Sqlite;

namespace Seismic.Drills.Storage.Tests.Stores;

/// <summary>What only the SQLite file does: WAL journal, a version table, refusing a newer schema.</summary>
public sealed class SqliteStorageTests : StoreTestBase
{
    public SqliteStorageTests()
        : base(Backend.Sqlite)
    {
    }

    [Fact]
    public void Open_PutsTheFileInWalMode_AndRecordsSchemaVersionOne()
    {
        using var connection = new SqliteConnection("Data Source=" + SqlitePath + ";Pooling=false");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        ((string)command.ExecuteScalar()!).Should().Be("wal");
        command.CommandText = "SELECT version FROM schema_version";
        ((long)command.ExecuteScalar()!).Should().Be(1);
    }

    [Fact]
    public void Open_RefusesAFileWrittenByANewerRelease_NamingTheFile()
    {
        using (var connection = new SqliteConnection("Data Source=" + SqlitePath + ";Pooling=false"))
        {
            connection.Open();
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "UPDATE schema_version SET version = 99";
            command.ExecuteNonQuery();
        }

        FluentActions.Invoking(OpenAgain).Should().Throw<DrillsStorageException>()
            .WithMessage($"*{SqlitePath}*schema version 99*");
    }

    [Fact]
    public void Open_RefusesOptionsNamingBothOrNeitherDatabase()
    {
        FluentActions.Invoking(() => DrillsStorage.Open(new DrillsStorageOptions())).Should().Throw<DrillsStorageException>();
        FluentActions.Invoking(() => DrillsStorage.Open(new DrillsStorageOptions { SqlitePath = "a.sqlite", PostgresConnectionString = "Host=x" }))
            .Should().Throw<DrillsStorageException>();
        FluentActions.Invoking(() => DrillsStorage.OpenPostgres("Host=127.0.0.1", "Robert'); DROP TABLE x;--"))
            .Should().Throw<DrillsStorageException>().WithMessage("*plain identifier*");
    }

    [Fact]
    public void SqlitePathNextTo_PutsTheFileBesideTheDistrictData()
    {
        string district = Path.Combine(Path.GetTempPath(), "haizhu", "haizhu.gpkg");

        DrillsStorageOptions.SqlitePathNextTo(district).Should().Be(Path.Combine(Path.GetTempPath(), "haizhu", "drills.sqlite"));
    }
}
