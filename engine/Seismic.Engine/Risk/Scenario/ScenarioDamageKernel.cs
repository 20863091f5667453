using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Seismic.Engine.Hazard.Sites;
using Seismic.Engine.Vulnerability;

namespace Seismic.Engine.Risk.Scenario;

/// <summary>
/// The damage loop of one partition: for a block of up to <see cref="BlockRealizations"/> realizations, HAZUS
/// damage-state probabilities, casualties and displaced residents of every building, added in fixed point to a
/// <see cref="ScenarioAccumulator"/>.
/// </summary>
/// <remarks>
/// Everything but the occupant and resident counts depends only on the building's group — its (fragility class,
/// site cell) pair — and the realization. The buildings are therefore counting-sorted by group once, and per group
/// the kernel evaluates, four realizations per <see cref="Vector256{T}"/>, the four exceedance probabilities
/// Φ((ln PGA − ln median)/β), the damage-state weights and the casualty rate per occupant (HAZUS Technical Manual
/// Eq. 13-1), then sweeps the group's buildings with only a multiply, a rounding to fixed point and the sums left per
/// building and realization. The realization fields arrive as ln PGA, so no exp/log pair is spent per cell. The
/// buildings' populations and area offsets are copied into group order once per partition, so each block reads
/// them sequentially; only the per-building sums are written through the permutation.
/// <para>
/// Exactness: a value depends only on its inputs and its lane, never on the partition: every realization goes
/// through the same vector code (a short block is padded with lanes whose contributions are zeroed), the casualty
/// sums keep the scalar order of operations, and the rounding to fixed point is round-half-to-even like
/// <see cref="ScenarioAccumulator.ToFixed"/> (through the 1.5·2⁵² addition, exact while |value·2²⁴| &lt; 2⁵¹, i.e.
/// below 1.3×10⁸ people per building). Integer sums then make every partitioning give the same bits.
/// </para>
/// </remarks>
internal sealed class ScenarioDamageKernel
{
    /// <summary>Realizations per block (a multiple of the vector width).</summary>
    public const int BlockRealizations = 32;

    private const int Lanes = 4;
    private const int States = 4;
    private const int Severities = 4;
    private const int Metrics = ScenarioAccumulator.AreaMetricCount;
    private const int Stride = BlockRealizations;

    // round-half-even(x) = bits(x + 1.5·2⁵²) − bits(1.5·2⁵²) for |x| < 2⁵¹: the addition rounds to an integer.
    private const double Magic = 6_755_399_441_055_744.0;
    private const long MagicBits = 0x4338_0000_0000_0000;

    private readonly double _share;
    private readonly int _cells;
    private readonly int[] _groupStart;

    // The partition's buildings in group order: index relative to the partition's start, occupants, residents,
    // and the offsets of their community and street rows in the block buffers.
    private readonly int[] _order;
    private readonly double[] _occupants;
    private readonly double[] _residents;
    private readonly int[] _communityOffset;
    private readonly int[] _streetOffset;
    private readonly double[] _lnMedian;
    private readonly double[] _invBeta;
    private readonly double[] _collapseFraction;
    private readonly double[] _rates;
    private readonly double[] _lnPga;
    private readonly long[] _communityBlock;
    private readonly long[] _streetBlock;

    // Per-group table of the current block: casualty rate per occupant × 2²⁴ for severities 1–4, displaced share
    // of residents × 2²⁴, and the fixed-point P(≥ slight … complete) and P(collapse); realization-minor.
    private readonly double[] _perOccupant = new double[Severities * Stride];
    private readonly double[] _perResident = new double[Stride];
    private readonly long[] _damage = new long[5 * Stride];

    /// <summary>Sorts the partition's buildings by group and caches the per-class curve parameters.</summary>
    /// <param name="definition">The definition (occupancy period, moderate displaced share).</param>
    /// <param name="inputs">The buildings.</param>
    /// <param name="grid">The site grid of the ground motion.</param>
    /// <param name="buildingStart">First building of the partition, inclusive.</param>
    /// <param name="buildingEnd">Last building of the partition, exclusive.</param>
    public ScenarioDamageKernel(ScenarioDefinition definition, ScenarioInputs inputs, SiteGrid grid, int buildingStart, int buildingEnd)
    {
        var buildingCell = grid.BuildingCell;
        var cells = grid.CellCount;
        _share = definition.ModerateDisplacedShare;
        _cells = cells;
        var classes = inputs.Classes;
        _lnMedian = new double[classes.Count * States];
        _invBeta = new double[classes.Count * States];
        _collapseFraction = new double[classes.Count];
        _rates = new double[classes.Count * 5 * Severities];
        for (var c = 0; c < classes.Count; c++)
        {
            var curves = classes[c].Curves;
            ReadOnlySpan<LognormalFragilityCurve> states = [curves.Slight, curves.Moderate, curves.Extensive, curves.Complete];
            for (var s = 0; s < States; s++)
            {
                _lnMedian[c * States + s] = Math.Log(states[s].Median);
                _invBeta[c * States + s] = 1.0 / states[s].Beta;
            }

            _collapseFraction[c] = curves.CollapseFraction;
            var rates = classes[c].CasualtyRates;
            for (var i = 0; i < 5 * Severities; i++)
            {
                _rates[c * 5 * Severities + i] = rates[i];
            }
        }

        // Counting sort by group = class × cells + cell, stable so a group's buildings keep their input order.
        var groups = checked(classes.Count * cells);
        _groupStart = new int[groups + 1];
        var fragilityClass = inputs.FragilityClass;
        for (var b = buildingStart; b < buildingEnd; b++)
        {
            _groupStart[fragilityClass[b] * cells + buildingCell[b] + 1]++;
        }

        for (var g = 0; g < groups; g++)
        {
            _groupStart[g + 1] += _groupStart[g];
        }

        var n = buildingEnd - buildingStart;
        _order = new int[n];
        var next = _groupStart.AsSpan(0, groups).ToArray();
        for (var b = buildingStart; b < buildingEnd; b++)
        {
            _order[next[fragilityClass[b] * cells + buildingCell[b]]++] = b - buildingStart;
        }

        var occupants = definition.Night ? inputs.OccupantsNight : inputs.OccupantsDay;
        _occupants = new double[n];
        _residents = new double[n];
        _communityOffset = new int[n];
        _streetOffset = new int[n];
        for (var i = 0; i < n; i++)
        {
            var b = buildingStart + _order[i];
            _occupants[i] = occupants[b];
            _residents[i] = inputs.Residents[b];
            _communityOffset[i] = inputs.Community[b] * Metrics * Stride;
            _streetOffset[i] = inputs.Street[b] * Metrics * Stride;
        }

        _lnPga = new double[cells * Stride];
        _communityBlock = new long[inputs.CommunityNames.Count * Metrics * Stride];
        _streetBlock = new long[inputs.StreetNames.Count * Metrics * Stride];
    }

    /// <summary>Stores one realization's field as the <paramref name="lane"/>-th realization of the block.</summary>
    /// <param name="lane">Position in the block, 0 ≤ lane &lt; <see cref="BlockRealizations"/>.</param>
    /// <param name="lnPga">ln PGA (g) per site cell.</param>
    public void SetField(int lane, ReadOnlySpan<double> lnPga)
    {
        for (var k = 0; k < _cells; k++)
        {
            _lnPga[k * Stride + lane] = lnPga[k];
        }
    }

    /// <summary>Adds the block's damage to the accumulator; the fields of lanes 0 … count − 1 must be set.</summary>
    /// <param name="firstRealization">Realization number of lane 0.</param>
    /// <param name="count">Realizations in the block, 1 … <see cref="BlockRealizations"/>.</param>
    /// <param name="acc">The partition's accumulator.</param>
    public void Accumulate(int firstRealization, int count, ScenarioAccumulator acc)
    {
        var vectors = (count + Lanes - 1) / Lanes;

        // Lanes past the block's end hold any finite value; their contributions are masked to zero.
        for (var k = 0; k < _cells; k++)
        {
            _lnPga.AsSpan(k * Stride + count, vectors * Lanes - count).Clear();
        }

        Array.Clear(_communityBlock);
        Array.Clear(_streetBlock);
        Span<long> groupDamage = stackalloc long[5];
        var groups = _groupStart.Length - 1;
        for (var g = 0; g < groups; g++)
        {
            var first = _groupStart[g];
            var last = _groupStart[g + 1];
            if (first == last)
            {
                continue;
            }

            var c = g / _cells;
            Table(c, g - c * _cells, vectors, count, groupDamage);
            for (var i = first; i < last; i++)
            {
                Building(i, vectors, groupDamage, acc.BuildingSums);
            }
        }

        FlushAreas(_communityBlock, acc.CommunityTotals, acc.CommunityCount, firstRealization, count);
        FlushAreas(_streetBlock, acc.StreetTotals, acc.StreetCount, firstRealization, count);
    }

    // The group's per-realization table: exceedance, damage-state weights, casualty rates per occupant.
    private void Table(int c, int cell, int vectors, int count, Span<long> groupDamage)
    {
        var m0 = Vector256.Create(_lnMedian[c * States]);
        var m1 = Vector256.Create(_lnMedian[c * States + 1]);
        var m2 = Vector256.Create(_lnMedian[c * States + 2]);
        var m3 = Vector256.Create(_lnMedian[c * States + 3]);
        var b0 = Vector256.Create(_invBeta[c * States]);
        var b1 = Vector256.Create(_invBeta[c * States + 1]);
        var b2 = Vector256.Create(_invBeta[c * States + 2]);
        var b3 = Vector256.Create(_invBeta[c * States + 3]);
        var collapseFraction = Vector256.Create(_collapseFraction[c]);
        var share = Vector256.Create(_share);
        var scale = Vector256.Create(ScenarioAccumulator.Scale);
        var rates = _rates.AsSpan(c * 5 * Severities, 5 * Severities);
        var lane = Vector256.Create(0.0, 1.0, 2.0, 3.0);
        var sums = (Slight: Vector256<long>.Zero, Moderate: Vector256<long>.Zero, Extensive: Vector256<long>.Zero,
            Complete: Vector256<long>.Zero, Collapse: Vector256<long>.Zero);
        ref var lnPga = ref MemoryMarshal.GetArrayDataReference(_lnPga);
        ref var perOccupant = ref MemoryMarshal.GetArrayDataReference(_perOccupant);
        ref var perResident = ref MemoryMarshal.GetArrayDataReference(_perResident);
        ref var damage = ref MemoryMarshal.GetArrayDataReference(_damage);
        for (var j = 0; j < vectors; j++)
        {
            var o = j * Lanes;
            var x = Vector256.LoadUnsafe(ref lnPga, (nuint)(cell * Stride + o));
            var inBlock = Vector256.LessThan(lane + Vector256.Create((double)o), Vector256.Create((double)count));
            var slight = Vector256.BitwiseAnd(inBlock, NormalCdfKernel.NormalCdf((x - m0) * b0));
            var moderate = Vector256.BitwiseAnd(inBlock, NormalCdfKernel.NormalCdf((x - m1) * b1));
            var extensive = Vector256.BitwiseAnd(inBlock, NormalCdfKernel.NormalCdf((x - m2) * b2));
            var complete = Vector256.BitwiseAnd(inBlock, NormalCdfKernel.NormalCdf((x - m3) * b3));
            var collapse = complete * collapseFraction;
            var w0 = Vector256.Max(Vector256<double>.Zero, slight - moderate);
            var w1 = Vector256.Max(Vector256<double>.Zero, moderate - extensive);
            var w2 = Vector256.Max(Vector256<double>.Zero, extensive - complete);
            var w3 = Vector256.Max(Vector256<double>.Zero, complete - collapse);
            for (var k = 0; k < Severities; k++)
            {
                var perOne = w0 * Vector256.Create(rates[k]) + w1 * Vector256.Create(rates[4 + k]) + w2 * Vector256.Create(rates[8 + k])
                    + w3 * Vector256.Create(rates[12 + k]) + collapse * Vector256.Create(rates[16 + k]);
                (perOne * scale).StoreUnsafe(ref perOccupant, (nuint)(k * Stride + o));
            }

            ((extensive + share * w1) * scale).StoreUnsafe(ref perResident, (nuint)o);
            var fixedSlight = Fixed(slight * scale);
            var fixedModerate = Fixed(moderate * scale);
            var fixedExtensive = Fixed(extensive * scale);
            var fixedComplete = Fixed(complete * scale);
            var fixedCollapse = Fixed(collapse * scale);
            fixedExtensive.StoreUnsafe(ref damage, (nuint)(2 * Stride + o));
            fixedCollapse.StoreUnsafe(ref damage, (nuint)(4 * Stride + o));
            sums = (sums.Slight + fixedSlight, sums.Moderate + fixedModerate, sums.Extensive + fixedExtensive,
                sums.Complete + fixedComplete, sums.Collapse + fixedCollapse);
        }

        groupDamage[0] = Vector256.Sum(sums.Slight);
        groupDamage[1] = Vector256.Sum(sums.Moderate);
        groupDamage[2] = Vector256.Sum(sums.Extensive);
        groupDamage[3] = Vector256.Sum(sums.Complete);
        groupDamage[4] = Vector256.Sum(sums.Collapse);
    }

    // The i-th building in group order over the block: casualties and displaced per realization, its sums, its
    // community and street.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Building(int i, int vectors, ReadOnlySpan<long> groupDamage, long[] buildingSums)
    {
        var occupants = Vector256.Create(_occupants[i]);
        var residents = Vector256.Create(_residents[i]);
        ref var community = ref _communityBlock[_communityOffset[i]];
        ref var street = ref _streetBlock[_streetOffset[i]];
        ref var perOccupant = ref MemoryMarshal.GetArrayDataReference(_perOccupant);
        ref var perResident = ref MemoryMarshal.GetArrayDataReference(_perResident);
        ref var damage = ref MemoryMarshal.GetArrayDataReference(_damage);
        var s1 = Vector256<long>.Zero;
        var s2 = Vector256<long>.Zero;
        var s3 = Vector256<long>.Zero;
        var s4 = Vector256<long>.Zero;
        var displaced = Vector256<long>.Zero;
        for (var j = 0; j < vectors; j++)
        {
            var o = (nuint)(j * Lanes);
            var v1 = Fixed(occupants * Vector256.LoadUnsafe(ref perOccupant, o));
            var v2 = Fixed(occupants * Vector256.LoadUnsafe(ref perOccupant, Stride + o));
            var v3 = Fixed(occupants * Vector256.LoadUnsafe(ref perOccupant, 2 * Stride + o));
            var v4 = Fixed(occupants * Vector256.LoadUnsafe(ref perOccupant, 3 * Stride + o));
            var v5 = Fixed(residents * Vector256.LoadUnsafe(ref perResident, o));
            s1 += v1;
            s2 += v2;
            s3 += v3;
            s4 += v4;
            displaced += v5;
            var collapsed = Vector256.LoadUnsafe(ref damage, 4 * Stride + o);
            var extensive = Vector256.LoadUnsafe(ref damage, 2 * Stride + o);
            AddArea(ref community, o, collapsed, extensive, v1, v2, v3, v4, v5);
            AddArea(ref street, o, collapsed, extensive, v1, v2, v3, v4, v5);
        }

        var sums = buildingSums.AsSpan(_order[i] * ScenarioAccumulator.BuildingMetricCount, ScenarioAccumulator.BuildingMetricCount);
        sums[0] += groupDamage[0];
        sums[1] += groupDamage[1];
        sums[2] += groupDamage[2];
        sums[3] += groupDamage[3];
        sums[4] += groupDamage[4];
        sums[5] += Vector256.Sum(s1);
        sums[6] += Vector256.Sum(s2);
        sums[7] += Vector256.Sum(s3);
        sums[8] += Vector256.Sum(s4);
        sums[9] += Vector256.Sum(displaced);
    }

    // Area metrics (see ScenarioAccumulator): collapsed, ≥ extensive, severity 1–4, displaced.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddArea(
        ref long row, nuint o, Vector256<long> collapsed, Vector256<long> extensive, Vector256<long> v1, Vector256<long> v2,
        Vector256<long> v3, Vector256<long> v4, Vector256<long> displaced)
    {
        (Vector256.LoadUnsafe(ref row, o) + collapsed).StoreUnsafe(ref row, o);
        (Vector256.LoadUnsafe(ref row, Stride + o) + extensive).StoreUnsafe(ref row, Stride + o);
        (Vector256.LoadUnsafe(ref row, 2 * Stride + o) + v1).StoreUnsafe(ref row, 2 * Stride + o);
        (Vector256.LoadUnsafe(ref row, 3 * Stride + o) + v2).StoreUnsafe(ref row, 3 * Stride + o);
        (Vector256.LoadUnsafe(ref row, 4 * Stride + o) + v3).StoreUnsafe(ref row, 4 * Stride + o);
        (Vector256.LoadUnsafe(ref row, 5 * Stride + o) + v4).StoreUnsafe(ref row, 5 * Stride + o);
        (Vector256.LoadUnsafe(ref row, 6 * Stride + o) + displaced).StoreUnsafe(ref row, 6 * Stride + o);
    }

    // The block's area totals (area × metric × lane) into the accumulator (realization × area × metric).
    private static void FlushAreas(long[] block, long[] totals, int areas, int firstRealization, int count)
    {
        for (var r = 0; r < count; r++)
        {
            var row = totals.AsSpan((firstRealization + r) * areas * Metrics, areas * Metrics);
            for (var i = 0; i < row.Length; i++)
            {
                row[i] += block[i * Stride + r];
            }
        }
    }

    /// <summary>round-half-to-even(x) as a 64-bit integer, for |x| &lt; 2⁵¹ (the value already scaled by 2²⁴).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<long> Fixed(Vector256<double> scaled) =>
        (scaled + Vector256.Create(Magic)).AsInt64() - Vector256.Create(MagicBits);
}
