using System.Data;
using System.Data.Common;
using Seismic.Drills.Plans;

namespace Seismic.Drills.Storage.Sql;

/// <summary>Drill plans: scalar fields as columns, the lists (communities, injects, objectives, routes) as JSON.</summary>
internal sealed class SqlDrillStore(SqlDialect dialect) : IDrillStore
{
    private const string Columns =
        "id, title, kind, starts_at, scenario, cron, escalate_after_ticks, communities, injects, objectives, routes";

    public async Task SaveAsync(DrillPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbTransaction transaction = await dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await using (DbCommand command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO drill_plan (id, title, kind, starts_at, scenario, cron, escalate_after_ticks, communities, injects, objectives, routes)
                VALUES (@id, @title, @kind, @starts, @scenario, @cron, @escalate, @communities, @injects, @objectives, @routes)
                ON CONFLICT (id) DO UPDATE SET
                    title = excluded.title, kind = excluded.kind, starts_at = excluded.starts_at, scenario = excluded.scenario,
                    cron = excluded.cron, escalate_after_ticks = excluded.escalate_after_ticks, communities = excluded.communities,
                    injects = excluded.injects, objectives = excluded.objectives, routes = excluded.routes
                """;
            SqlDialect.Add(command, "@id", plan.Id, DbType.String);
            SqlDialect.Add(command, "@title", plan.Title, DbType.String);
            SqlDialect.Add(command, "@kind", plan.Kind.ToString(), DbType.String);
            dialect.AddTime(command, "@starts", plan.StartsAt);
            SqlDialect.Add(command, "@scenario", plan.Scenario, DbType.String);
            SqlDialect.Add(command, "@cron", plan.Cron, DbType.String);
            SqlDialect.Add(command, "@escalate", plan.EscalateAfter.Ticks, DbType.Int64);
            dialect.AddJson(command, "@communities", Json.Write(plan.Communities));
            dialect.AddJson(command, "@injects", Json.Write(plan.Injects));
            dialect.AddJson(command, "@objectives", Json.Write(plan.Objectives));
            dialect.AddJson(command, "@routes", Json.Write(plan.Routes));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<DrillPlan?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<DrillPlan> plans = await QueryAsync("WHERE id = @id", id, cancellationToken).ConfigureAwait(false);
        return plans.Count == 0 ? null : plans[0];
    }

    public Task<IReadOnlyList<DrillPlan>> ListAsync(CancellationToken cancellationToken = default) =>
        QueryAsync("ORDER BY starts_at, id", null, cancellationToken);

    private async Task<IReadOnlyList<DrillPlan>> QueryAsync(string tail, string? id, CancellationToken cancellationToken)
    {
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = "SELECT " + Columns + " FROM drill_plan " + tail;
        if (id is not null)
        {
            SqlDialect.Add(command, "@id", id, DbType.String);
        }

        var result = new List<DrillPlan>();
        await using DbDataReader r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new DrillPlan(
                r.GetString(0),
                r.GetString(1),
                Enum.Parse<DrillKind>(r.GetString(2)),
                Json.Read<string[]>(r.GetString(7)),
                dialect.ReadTime(r, 3),
                r.GetString(4),
                r.IsDBNull(5) ? null : r.GetString(5),
                Json.Read<DrillInject[]>(r.GetString(8)),
                Json.Read<string[]>(r.GetString(9)),
                TimeSpan.FromTicks(r.GetInt64(6)),
                Json.Read<BuildingRoute[]>(r.GetString(10))));
        }

        return result;
    }
}
