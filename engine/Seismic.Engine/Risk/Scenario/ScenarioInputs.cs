namespace Seismic.Engine.Risk.Scenario;

/// <summary>
/// The buildings of a scenario as flat arrays (one element per building, same order everywhere) plus the small
/// tables they index: fragility classes, communities and streets.
/// </summary>
public sealed class ScenarioInputs
{
    /// <summary>Creates the inputs; every per-building array must have the same length.</summary>
    /// <param name="xM">Easting in a metric frame (e.g. UTM), m.</param>
    /// <param name="yM">Northing in the same frame, m.</param>
    /// <param name="vs30">Time-averaged shear-wave velocity of the top 30 m, m/s, &gt; 0.</param>
    /// <param name="fragilityClass">Index into <paramref name="classes"/>.</param>
    /// <param name="occupantsDay">People inside on a weekday afternoon, ≥ 0.</param>
    /// <param name="occupantsNight">People inside at 2 a.m., ≥ 0.</param>
    /// <param name="residents">People who live in the building (count towards displacement), ≥ 0.</param>
    /// <param name="community">Index into <paramref name="communityNames"/>.</param>
    /// <param name="street">Index into <paramref name="streetNames"/>.</param>
    /// <param name="classes">Fragility classes.</param>
    /// <param name="communityNames">Community labels (use one "unassigned" entry for buildings outside any).</param>
    /// <param name="streetNames">Street labels.</param>
    public ScenarioInputs(
        double[] xM, double[] yM, double[] vs30, int[] fragilityClass, double[] occupantsDay, double[] occupantsNight,
        double[] residents, int[] community, int[] street, IReadOnlyList<ScenarioFragilityClass> classes,
        IReadOnlyList<string> communityNames, IReadOnlyList<string> streetNames)
    {
        ArgumentNullException.ThrowIfNull(xM);
        ArgumentNullException.ThrowIfNull(yM);
        ArgumentNullException.ThrowIfNull(vs30);
        ArgumentNullException.ThrowIfNull(fragilityClass);
        ArgumentNullException.ThrowIfNull(occupantsDay);
        ArgumentNullException.ThrowIfNull(occupantsNight);
        ArgumentNullException.ThrowIfNull(residents);
        ArgumentNullException.ThrowIfNull(community);
        ArgumentNullException.ThrowIfNull(street);
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(communityNames);
        ArgumentNullException.ThrowIfNull(streetNames);
        var n = xM.Length;
        if (yM.Length != n || vs30.Length != n || fragilityClass.Length != n || occupantsDay.Length != n
            || occupantsNight.Length != n || residents.Length != n || community.Length != n || street.Length != n)
        {
            throw new ArgumentException($"Every per-building array must hold {n} values.", nameof(yM));
        }

        for (var i = 0; i < n; i++)
        {
            if ((uint)fragilityClass[i] >= (uint)classes.Count || (uint)community[i] >= (uint)communityNames.Count
                || (uint)street[i] >= (uint)streetNames.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(fragilityClass), $"Building {i} refers to a class, community or street that does not exist.");
            }

            if (!(occupantsDay[i] >= 0) || !(occupantsNight[i] >= 0) || !(residents[i] >= 0) || !(vs30[i] > 0))
            {
                throw new ArgumentOutOfRangeException(nameof(occupantsDay), $"Building {i} has a negative or NaN population or a Vs30 ≤ 0.");
            }
        }

        XM = xM;
        YM = yM;
        Vs30 = vs30;
        FragilityClass = fragilityClass;
        OccupantsDay = occupantsDay;
        OccupantsNight = occupantsNight;
        Residents = residents;
        Community = community;
        Street = street;
        Classes = classes;
        CommunityNames = communityNames;
        StreetNames = streetNames;
    }

    /// <summary>Number of buildings.</summary>
    public int Count => XM.Length;

    /// <summary>Easting, m.</summary>
    public double[] XM { get; }

    /// <summary>Northing, m.</summary>
    public double[] YM { get; }

    /// <summary>Vs30, m/s.</summary>
    public double[] Vs30 { get; }

    /// <summary>Fragility class index per building.</summary>
    public int[] FragilityClass { get; }

    /// <summary>Daytime occupants per building.</summary>
    public double[] OccupantsDay { get; }

    /// <summary>Night-time occupants per building.</summary>
    public double[] OccupantsNight { get; }

    /// <summary>Residents per building.</summary>
    public double[] Residents { get; }

    /// <summary>Community index per building.</summary>
    public int[] Community { get; }

    /// <summary>Street index per building.</summary>
    public int[] Street { get; }

    /// <summary>Fragility classes.</summary>
    public IReadOnlyList<ScenarioFragilityClass> Classes { get; }

    /// <summary>Community labels.</summary>
    public IReadOnlyList<string> CommunityNames { get; }

    /// <summary>Street labels.</summary>
    public IReadOnlyList<string> StreetNames { get; }
}
