namespace Seismic.Engine.Routing.Assignment;

/// <summary>
/// The result of a capacitated shelter assignment: who goes where (a building split between shelters has several
/// parts), who is left without a place and why, the load of every shelter and the totals per community.
/// </summary>
/// <param name="Problem">The problem solved.</param>
/// <param name="Parts">Persons sent from a building to a shelter, by building then nearest shelter first.</param>
/// <param name="Unserved">Persons left without a place, by building.</param>
/// <param name="ShelterLoads">Persons sent to each shelter (same order as the problem's shelters).</param>
/// <param name="Communities">Totals per community, by community code.</param>
public sealed record ShelterAssignment(
    ShelterAssignmentProblem Problem,
    IReadOnlyList<AllocationPart> Parts,
    IReadOnlyList<UnservedPart> Unserved,
    IReadOnlyList<int> ShelterLoads,
    IReadOnlyList<CommunityTotals> Communities)
{
    /// <summary>Persons to shelter.</summary>
    public long TotalPersons => Sum(Problem.Demands);

    /// <summary>Persons given a place.</summary>
    public long ServedPersons => SumParts(Parts, overRadiusOnly: false);

    /// <summary>Persons given a place beyond the shelter's service radius.</summary>
    public long OverRadiusPersons => SumParts(Parts, overRadiusOnly: true);

    /// <summary>Persons without a place.</summary>
    public long UnservedPersons
    {
        get
        {
            long total = 0;
            foreach (var part in Unserved)
            {
                total += part.Persons;
            }

            return total;
        }
    }

    /// <summary>Total walking time of everyone served, person-seconds.</summary>
    public double TotalWalkSeconds
    {
        get
        {
            var total = 0.0;
            foreach (var part in Parts)
            {
                total += part.Persons * part.WalkSeconds;
            }

            return total;
        }
    }

    private static long Sum(IReadOnlyList<AssignmentDemand> demands)
    {
        long total = 0;
        foreach (var demand in demands)
        {
            total += demand.Persons;
        }

        return total;
    }

    private static long SumParts(IReadOnlyList<AllocationPart> parts, bool overRadiusOnly)
    {
        long total = 0;
        foreach (var part in parts)
        {
            if (!overRadiusOnly || part.OverRadius)
            {
                total += part.Persons;
            }
        }

        return total;
    }
}
