namespace Seismic.Drills.Storage.Tests.Stores;

/// <summary>The database a contract test runs against.</summary>
public enum Backend
{
    Sqlite,
    Postgres,
}
