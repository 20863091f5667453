using Seismic.Engine.District;

namespace Seismic.Engine.Routing.Assignment;

/// <summary>
/// Service radius of a shelter by category: the farthest walk a resident should need to reach it. GB 50413-2007
/// (Code for urban planning on earthquake resistance and hazard mitigation) §8.2 sets about 500 m for immediate
/// (紧急) shelters and 2–3 km for fixed (固定) shelters; the larger fixed bound is used here. Class I and II sites are
/// fixed shelters (long and medium stay), Class III and candidate sites serve as immediate ones.
/// </summary>
public static class ServiceRadius
{
    /// <summary>Immediate (and Class III / candidate) shelter radius, metres (GB 50413-2007 §8.2).</summary>
    public const double ImmediateM = 500;

    /// <summary>Fixed (and Class I / II) shelter radius, metres — upper end of 2–3 km (GB 50413-2007 §8.2).</summary>
    public const double FixedM = 3000;

    /// <summary>The service radius of a shelter category, metres.</summary>
    /// <param name="category">The shelter's category.</param>
    public static double For(ShelterCategory category) => category switch
    {
        ShelterCategory.Fixed or ShelterCategory.ClassI or ShelterCategory.ClassII => FixedM,
        _ => ImmediateM,
    };
}
