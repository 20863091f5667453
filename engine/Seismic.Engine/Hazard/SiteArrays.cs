namespace Seismic.Engine.Hazard;

/// <summary>
/// The sites of one evaluation as a struct of arrays: element i of every span describes site i. A model reads only
/// the spans it declares in <see cref="IGroundMotionModel.Requires"/>; those must hold <see cref="Count"/> values,
/// the others may be empty.
/// </summary>
/// <remarks>
/// Distances are in km, ≥ 0 and finite (NaN gives NaN results). For a point source (what the scenario has until finite
/// faults arrive) Rjb ≈ Repi and Rrup ≈ Rhypo: pass the same span twice. This underestimates distances to a large
/// rupture's far end and overestimates them near it, and it ignores hanging-wall effects (Rx); it is the usual
/// approximation for M ≤ 6 and a conservative-to-neutral one for the district's scenario events.
/// </remarks>
public readonly ref struct SiteArrays
{
    /// <summary>Creates an empty description of <paramref name="count"/> sites; set the spans the model needs.</summary>
    /// <param name="count">Number of sites, ≥ 0.</param>
    public SiteArrays(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Count = count;
    }

    /// <summary>Number of sites.</summary>
    public int Count { get; }

    /// <summary>Vs30, m/s (see <see cref="SiteClassVs30"/> for GB 50011 site classes).</summary>
    public ReadOnlySpan<double> Vs30 { get; init; }

    /// <summary>Joyner–Boore distance (closest to the surface projection of the rupture), km.</summary>
    public ReadOnlySpan<double> Rjb { get; init; }

    /// <summary>Rupture distance (closest to the rupture), km.</summary>
    public ReadOnlySpan<double> Rrup { get; init; }

    /// <summary>Epicentral distance, km.</summary>
    public ReadOnlySpan<double> Repi { get; init; }

    /// <summary>Hypocentral distance, km.</summary>
    public ReadOnlySpan<double> Rhypo { get; init; }

    /// <summary>Rx: horizontal distance from the top edge of the rupture, perpendicular to strike, km (negative on the
    /// footwall).</summary>
    public ReadOnlySpan<double> Rx { get; init; }

    /// <summary>Azimuth of the site seen from the epicentre, degrees clockwise from the fault strike.</summary>
    public ReadOnlySpan<double> AzimuthDeg { get; init; }

    /// <summary>Depth to the 1.0 km/s shear-wave horizon Z1.0, m (CY14 basin term); empty or NaN: the Vs30-based mean
    /// (no basin adjustment).</summary>
    public ReadOnlySpan<double> Z1M { get; init; }

    /// <summary>True when Vs30 was measured rather than inferred (CY14 within-event sigma).</summary>
    public bool Vs30Measured { get; init; }

    /// <summary>Throws when a span the model needs does not hold <see cref="Count"/> values.</summary>
    /// <param name="required">The inputs the model reads.</param>
    public void EnsureHas(SiteInputs required)
    {
        Check(required, SiteInputs.Vs30, Vs30.Length, nameof(Vs30));
        Check(required, SiteInputs.Rjb, Rjb.Length, nameof(Rjb));
        Check(required, SiteInputs.Rrup, Rrup.Length, nameof(Rrup));
        Check(required, SiteInputs.Repi, Repi.Length, nameof(Repi));
        Check(required, SiteInputs.Rhypo, Rhypo.Length, nameof(Rhypo));
        Check(required, SiteInputs.Rx, Rx.Length, nameof(Rx));
        Check(required, SiteInputs.Azimuth, AzimuthDeg.Length, nameof(AzimuthDeg));
    }

    private void Check(SiteInputs required, SiteInputs input, int length, string name)
    {
        if ((required & input) != 0 && length != Count)
        {
            throw new ArgumentException($"The model needs {name} for all {Count} sites but {length} values were given.", name);
        }
    }
}
