using BenchmarkDotNet.Attributes;
using Seismic.Engine.Hazard;

namespace Seismic.Benchmarks;

/// <summary>
/// Ground-motion evaluation over a district-sized array of sites for one rupture and one IMT. Target for BSSA14:
/// ≥ 5,000,000 site evaluations/s on 2 cores, no allocation per site. Yu et al. (2013), which solves an ellipse per
/// site, and CY14 (hanging wall, nonlinear-site sigma) are measured for reference.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class GmpeBenchmarks
{
    private static readonly BooreEtAl2014 Bssa14 = new();
    private static readonly YuEtAl2013Eastern Yu2013 = new();
    private static readonly ChiouYoungs2014Wenchuan Cy14 = new();

    private double[] _vs30 = null!;
    private double[] _distance = null!;
    private double[] _azimuth = null!;
    private double[] _lnMedian = null!;
    private double[] _sigma = null!;
    private double[] _tau = null!;
    private double[] _phi = null!;

    [Params(1_000_000)]
    public int Sites { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261126);
        _vs30 = new double[Sites];
        _distance = new double[Sites];
        _azimuth = new double[Sites];
        for (var i = 0; i < Sites; i++)
        {
            _vs30[i] = 150 + random.NextDouble() * 650;
            _distance[i] = random.NextDouble() * 60;
            _azimuth[i] = random.NextDouble() * 360;
        }

        _lnMedian = new double[Sites];
        _sigma = new double[Sites];
        _tau = new double[Sites];
        _phi = new double[Sites];
    }

    [Benchmark]
    public void Bssa14Pga() =>
        Bssa14.Evaluate(new RuptureParameters(6.5, RakeDeg: 0), Imt.Pga, new SiteArrays(Sites) { Vs30 = _vs30, Rjb = _distance },
            _lnMedian, _sigma, _tau, _phi);

    [Benchmark]
    public void Yu2013Pga() =>
        Yu2013.Evaluate(RuptureParameters.FromSurfaceWaveMagnitude(6.5), Imt.Pga, new SiteArrays(Sites) { Repi = _distance, AzimuthDeg = _azimuth },
            _lnMedian, _sigma, _tau, _phi);

    [Benchmark]
    public void Cy14WenchuanPga() =>
        Cy14.Evaluate(new RuptureParameters(6.5, RakeDeg: 90, DipDeg: 45, TopOfRuptureKm: 2), Imt.Pga,
            new SiteArrays(Sites) { Vs30 = _vs30, Rjb = _distance, Rrup = _distance, Rx = _azimuth },
            _lnMedian, _sigma, _tau, _phi);
}
