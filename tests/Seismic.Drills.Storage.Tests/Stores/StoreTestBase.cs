namespace Seismic.Drills.Storage.Tests.Stores;

/// <summary>Opens a fresh store per test: a temporary SQLite file, or a new PostgreSQL schema that is dropped afterwards.</summary>
public abstract class StoreTestBase : IDisposable
{
    private readonly string? _folder;
    private readonly string? _schema;

    protected StoreTestBase(Backend backend)
    {
        Backend = backend;
        if (backend == Backend.Sqlite)
        {
            _folder = Path.Combine(Path.GetTempPath(), "seismic-store-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(_folder);
            Storage = DrillsStorage.OpenSqlite(Path.Combine(_folder, DrillsStorageOptions.DefaultFileName));
        }
        else
        {
            string connectionString = TestPostgres.ConnectionString;
            _schema = TestPostgres.NewSchemaName();
            Storage = DrillsStorage.OpenPostgres(connectionString, _schema);
        }
    }

    protected Backend Backend { get; }

    protected DrillsStorage Storage { get; private set; }

    /// <summary>Opens a second, independent instance on the same database (as another process would).</summary>
    protected DrillsStorage OpenAgain() =>
        _folder is not null
            ? DrillsStorage.OpenSqlite(Path.Combine(_folder, DrillsStorageOptions.DefaultFileName))
            : DrillsStorage.OpenPostgres(TestPostgres.ConnectionString, _schema!);

    protected string? SqlitePath => _folder is null ? null : Path.Combine(_folder, DrillsStorageOptions.DefaultFileName);

    protected string? Schema => _schema;

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        Storage.Dispose();
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }

        if (_schema is not null)
        {
            TestPostgres.DropSchema(_schema);
        }
    }
}
