using Microsoft.Extensions.DependencyInjection;
using Seismic.Drills.Acks;
using Seismic.Drills.Outbox;
using Seismic.Drills.Plans;
using Seismic.Drills.Rosters;

namespace Seismic.Drills.Storage;

/// <summary>Registers the drill stores (<see cref="IRosterStore"/>, <see cref="IDrillStore"/>, <see cref="IOutboxStore"/>, <see cref="IAckStore"/>).</summary>
public static class DrillsStorageServiceCollectionExtensions
{
    /// <summary>Registers the stores on the database the options describe; it is opened (and migrated) on first use.</summary>
    /// <param name="services">The services.</param>
    /// <param name="options">SQLite path or PostgreSQL connection string.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddSeismicDrillsStorage(this IServiceCollection services, DrillsStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddSingleton(sp => DrillsStorage.Open(sp.GetRequiredService<DrillsStorageOptions>()));
        services.AddSingleton(sp => sp.GetRequiredService<DrillsStorage>().Rosters);
        services.AddSingleton(sp => sp.GetRequiredService<DrillsStorage>().Drills);
        services.AddSingleton(sp => sp.GetRequiredService<DrillsStorage>().Outbox);
        services.AddSingleton(sp => sp.GetRequiredService<DrillsStorage>().Acks);
        return services;
    }

    /// <summary>Registers the stores on a SQLite file (the embedded default).</summary>
    /// <param name="services">The services.</param>
    /// <param name="path">The file, e.g. <see cref="DrillsStorageOptions.SqlitePathNextTo"/> of the district data.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddSeismicDrillsSqlite(this IServiceCollection services, string path) =>
        services.AddSeismicDrillsStorage(DrillsStorageOptions.Sqlite(path));

    /// <summary>Registers the stores on a PostgreSQL schema (scale-out).</summary>
    /// <param name="services">The services.</param>
    /// <param name="connectionString">A Npgsql connection string.</param>
    /// <param name="schema">The schema; created when missing.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddSeismicDrillsPostgres(
        this IServiceCollection services, string connectionString, string schema = DrillsStorageOptions.DefaultSchema) =>
        services.AddSeismicDrillsStorage(DrillsStorageOptions.Postgres(connectionString, schema));
}
