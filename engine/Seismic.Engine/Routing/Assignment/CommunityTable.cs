namespace Seismic.Engine.Routing.Assignment;

/// <summary>Per-community totals of an assignment.</summary>
internal static class CommunityTable
{
    public static IReadOnlyList<CommunityTotals> Build(
        ShelterAssignmentProblem problem, IReadOnlyList<AllocationPart> parts, IReadOnlyList<UnservedPart> unserved)
    {
        // Columns: persons, served, over radius, unreachable, shelters full, beyond k.
        var table = new Dictionary<string, long[]>(StringComparer.Ordinal);
        long[] Row(int building)
        {
            var code = problem.Demands[building].CommunityCode;
            if (!table.TryGetValue(code, out var row))
            {
                row = new long[6];
                table[code] = row;
            }

            return row;
        }

        for (var b = 0; b < problem.Demands.Count; b++)
        {
            Row(b)[0] += problem.Demands[b].Persons;
        }

        foreach (var part in parts)
        {
            var row = Row(part.Building);
            row[1] += part.Persons;
            if (part.OverRadius)
            {
                row[2] += part.Persons;
            }
        }

        foreach (var part in unserved)
        {
            Row(part.Building)[3 + (int)part.Reason] += part.Persons;
        }

        var codes = table.Keys.ToList();
        codes.Sort(StringComparer.Ordinal);
        var result = new CommunityTotals[codes.Count];
        for (var i = 0; i < codes.Count; i++)
        {
            var r = table[codes[i]];
            result[i] = new CommunityTotals(codes[i], r[0], r[1], r[2], r[3], r[4], r[5]);
        }

        return result;
    }
}
