using Seismic.Drills.Acks;
using Seismic.Drills.Outbox;
using Seismic.Drills.Plans;
using Seismic.Drills.Rosters;

namespace Seismic.Drills;

/// <summary>The four persistent stores a drill needs, opened together on one database (SQLite file or PostgreSQL).</summary>
/// <param name="Rosters">People and consent.</param>
/// <param name="Drills">Drill plans.</param>
/// <param name="Outbox">One row per recipient per message.</param>
/// <param name="Acks">Link tokens and answers.</param>
public sealed record DrillStores(IRosterStore Rosters, IDrillStore Drills, IOutboxStore Outbox, IAckStore Acks);
