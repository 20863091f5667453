using Seismic.Engine.Hazard;

namespace Seismic.Engine.Risk.Scenario;

/// <summary>
/// One earthquake scenario: the rupture, the ground-motion model, the number of correlated ground-motion
/// realizations and how damage turns into displaced residents. The intensity measure is PGA (g), the one the HAZUS
/// structural fragility curves are expressed in.
/// </summary>
/// <param name="Rupture">Magnitude, hypocentre depth (km, ≥ 0), epicentre and mechanism.</param>
/// <param name="EpicentreXM">Epicentre easting in the metric frame of <see cref="ScenarioInputs"/>, m.</param>
/// <param name="EpicentreYM">Epicentre northing in the metric frame of <see cref="ScenarioInputs"/>, m.</param>
/// <param name="ModelName">Ground-motion model name as known to <see cref="GroundMotionModels.TryGet"/>.</param>
/// <param name="Realizations">Number of ground-motion realizations, ≥ 1.</param>
/// <param name="Seed">Seed of the residual sampler; realization r always draws from the stream (seed, r).</param>
/// <param name="Night">True for night-time occupancy (2 a.m.), false for a weekday afternoon.</param>
/// <param name="MedianOnly">True to use the median ground motion in every realization (no residuals).</param>
/// <param name="ModerateDisplacedShare">
/// Share of the residents of moderately damaged dwellings counted as displaced, in [0, 1]. The HAZUS shelter model
/// (HAZUS-MH Earthquake Technical Manual, chapter 14, displaced households) counts households whose dwellings are
/// uninhabitable, i.e. extensively or completely damaged; after real earthquakes part of the residents of
/// moderately damaged homes also leave until an inspection clears the building or aftershocks subside, so a small
/// configurable share (default 0.1) of them is added.
/// </param>
/// <param name="GivenFields">
/// Label (e.g. the file name) of ground-motion fields given from outside, or null when the fields are simulated
/// from <paramref name="Rupture"/>. With given fields the rupture, model, seed and median-only settings are not used
/// and <paramref name="Realizations"/> is the number of given events; see <see cref="ForGivenFields"/>.
/// </param>
public sealed record ScenarioDefinition(
    RuptureParameters Rupture,
    double EpicentreXM,
    double EpicentreYM,
    string ModelName = "bssa14",
    int Realizations = 100,
    ulong Seed = 1,
    bool Night = false,
    bool MedianOnly = false,
    double ModerateDisplacedShare = ScenarioDefinition.DefaultModerateDisplacedShare,
    string? GivenFields = null)
{
    /// <summary>Default share of residents of moderately damaged dwellings that are displaced.</summary>
    public const double DefaultModerateDisplacedShare = 0.1;

    /// <summary>A scenario on given ground-motion fields (no rupture: its fields are NaN and the model name empty).</summary>
    /// <param name="label">Label of the fields, e.g. the GMF file name.</param>
    /// <param name="events">Number of given events, ≥ 1; each is one realization.</param>
    /// <param name="night">True for night-time occupancy.</param>
    /// <param name="moderateDisplacedShare">Share of residents of moderately damaged dwellings displaced, in [0, 1].</param>
    /// <returns>The definition.</returns>
    public static ScenarioDefinition ForGivenFields(string label, int events, bool night = false, double moderateDisplacedShare = DefaultModerateDisplacedShare)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        return new ScenarioDefinition(
            new RuptureParameters(double.NaN, HypocentreDepthKm: double.NaN, EpicentreLonDeg: double.NaN, EpicentreLatDeg: double.NaN),
            double.NaN, double.NaN, string.Empty, events, 0, night, false, moderateDisplacedShare, label);
    }

    /// <summary>Returns the first problem with the definition, or null when it can be run.</summary>
    /// <returns>A one-line message naming the bad field and its valid range, or null.</returns>
    public string? Validate()
    {
        if (GivenFields is not null)
        {
            return CheckCounts();
        }

        if (!double.IsFinite(Rupture.EpicentreLonDeg) || !double.IsFinite(Rupture.EpicentreLatDeg))
        {
            return "The epicentre longitude and latitude must be finite numbers.";
        }

        if (!double.IsFinite(EpicentreXM) || !double.IsFinite(EpicentreYM))
        {
            return "The epicentre coordinates must be finite numbers.";
        }

        if (!(Rupture.HypocentreDepthKm >= 0) || double.IsInfinity(Rupture.HypocentreDepthKm))
        {
            return $"The depth must be a finite number of km ≥ 0, not {Rupture.HypocentreDepthKm}.";
        }

        if (!double.IsFinite(Rupture.MomentMagnitude))
        {
            return "The magnitude must be a finite number.";
        }

        if (CheckCounts() is { } problem)
        {
            return problem;
        }

        if (!GroundMotionModels.TryGet(ModelName, out var model))
        {
            return $"Unknown ground-motion model '{ModelName}'.";
        }

        // Correlated fields need the between-event (τ) and within-event (φ) parts separately (Jayaram and Baker
        // 2009 correlate only the within-event residuals).
        return MedianOnly || model.ProvidesSigmaComponents
            ? null
            : $"The model {ModelName} gives only a total sigma, which cannot be split into correlated between- and within-event parts; use a model with sigma components or a median-only run.";
    }

    private string? CheckCounts()
    {
        if (Realizations < 1)
        {
            return $"The number of realizations must be ≥ 1, not {Realizations}.";
        }

        return ModerateDisplacedShare is >= 0 and <= 1
            ? null
            : $"The share of displaced residents of moderately damaged dwellings must be in [0, 1], not {ModerateDisplacedShare}.";
    }
}
