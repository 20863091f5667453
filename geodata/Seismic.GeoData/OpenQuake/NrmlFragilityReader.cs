using System.Xml.Linq;
using Seismic.Engine.Vulnerability;

namespace Seismic.GeoData.OpenQuake;

/// <summary>
/// Reads OpenQuake NRML fragility models, schema 0.4 (<c>&lt;ffs&gt;</c> with <c>&lt;ffd&gt;</c>/<c>&lt;ffc&gt;</c>) and
/// 0.5 (<c>&lt;fragilityFunction&gt;</c> with <c>&lt;poes&gt;</c>/<c>&lt;params&gt;</c>), discrete and continuous
/// (OpenQuake Engine manual, "Fragility Models").
/// </summary>
/// <remarks>
/// Continuous functions give the arithmetic <c>mean</c> and <c>stddev</c> of the capacity; they are converted to
/// median/beta by <see cref="LognormalFragilityCurve.FromMeanAndStdDev"/>. <c>minIML</c>/<c>maxIML</c> clip the level,
/// <c>noDamageLimit</c> zeroes the probability below it. After reading, the model must pass
/// <see cref="FragilityModelValidator"/>; every error names the file and the element's line.
/// </remarks>
public static class NrmlFragilityReader
{
    /// <summary>Reads and validates a fragility model.</summary>
    /// <param name="path">The NRML file.</param>
    /// <returns>The model; IMT names canonical ("PGA", "SA(0.3)").</returns>
    /// <exception cref="GeoDataException">Missing file, malformed or unsafe XML, invalid or non-monotonic functions, duplicate taxonomies.</exception>
    public static FragilityModel Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var doc = SecureXml.Load(path);
        var ns = SecureXml.RequireNrmlRoot(doc, path);
        var modelElement = SecureXml.RequireChild(doc.Root!, ns, "fragilityModel", path);
        var limitStatesElement = SecureXml.RequireChild(modelElement, ns, "limitStates", path);
        var limitStates = limitStatesElement.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (limitStates.Length == 0)
        {
            throw new GeoDataException(path, SecureXml.Where(limitStatesElement), "no limit states are listed");
        }

        if (limitStates.Distinct(StringComparer.Ordinal).Count() != limitStates.Length)
        {
            throw new GeoDataException(path, SecureXml.Where(limitStatesElement), "a limit state is listed twice");
        }

        var sets = new Dictionary<string, FragilityFunctionSet>(StringComparer.Ordinal);
        var lines = new Dictionary<string, XElement>(StringComparer.Ordinal);
        var v05 = modelElement.Elements(ns + "fragilityFunction").ToList();
        var v04 = modelElement.Elements(ns + "ffs").ToList();
        if (v05.Count == 0 && v04.Count == 0)
        {
            throw new GeoDataException(path, SecureXml.Where(modelElement), "no <fragilityFunction> (NRML 0.5) or <ffs> (NRML 0.4) elements");
        }

        foreach (var element in v05)
        {
            Add(sets, lines, ReadV05(element, ns, limitStates, path), element, path);
        }

        var format04 = modelElement.Attribute("format")?.Value.Trim();
        foreach (var element in v04)
        {
            Add(sets, lines, ReadV04(element, ns, format04, limitStates, path), element, path);
        }

        var model = new FragilityModel(modelElement.Attribute("id")?.Value ?? "", limitStates, sets);
        var problems = FragilityModelValidator.FindProblems(model);
        if (problems.Count > 0)
        {
            var first = problems[0];
            throw new GeoDataException(path, SecureXml.Where(lines[first.Taxonomy]),
                $"taxonomy {first.Taxonomy}: {first.Message}" + (problems.Count > 1 ? $" (and {problems.Count - 1} more problem(s))" : ""));
        }

        return model;
    }

    private static void Add(Dictionary<string, FragilityFunctionSet> sets, Dictionary<string, XElement> lines, FragilityFunctionSet set, XElement element, string path)
    {
        if (!sets.TryAdd(set.Taxonomy, set))
        {
            throw new GeoDataException(path, SecureXml.Where(element),
                $"duplicate fragility functions for taxonomy '{set.Taxonomy}' (first defined at {SecureXml.Where(lines[set.Taxonomy])})");
        }

        lines[set.Taxonomy] = element;
    }

    private static FragilityFunctionSet ReadV05(XElement function, XNamespace ns, string[] limitStates, string path)
    {
        var taxonomy = SecureXml.RequireAttribute(function, "id", path);
        var format = SecureXml.RequireAttribute(function, "format", path);
        var imls = SecureXml.RequireChild(function, ns, "imls", path);
        var imt = ImtName.Normalize(SecureXml.RequireAttribute(imls, "imt", path));
        var noDamage = SecureXml.OptionalNonNegative(imls, "noDamageLimit", path);
        IFragilityCurve[] curves;
        if (format == "discrete")
        {
            var levels = SecureXml.ParseList(imls, "IML", path);
            curves = ByLimitState(function.Elements(ns + "poes"), limitStates, path, function,
                e => Discrete(levels, SecureXml.ParseList(e, "probability", path), noDamage, e, path));
        }
        else if (format == "continuous")
        {
            var shape = function.Attribute("shape")?.Value.Trim() ?? "logncdf";
            if (shape != "logncdf")
            {
                throw new GeoDataException(path, SecureXml.Where(function), $"continuous shape '{shape}' is not supported; use logncdf");
            }

            var min = SecureXml.OptionalNonNegative(imls, "minIML", path);
            var max = SecureXml.OptionalNonNegative(imls, "maxIML", path);
            curves = ByLimitState(function.Elements(ns + "params"), limitStates, path, function,
                e => Continuous(e, min, max, noDamage, path));
        }
        else
        {
            throw new GeoDataException(path, SecureXml.Where(function), $"format '{format}' must be discrete or continuous");
        }

        return new FragilityFunctionSet(taxonomy, imt, curves);
    }

    private static FragilityFunctionSet ReadV04(XElement ffs, XNamespace ns, string? format, string[] limitStates, string path)
    {
        var taxonomyElement = SecureXml.RequireChild(ffs, ns, "taxonomy", path);
        var taxonomy = taxonomyElement.Value.Trim();
        if (taxonomy.Length == 0)
        {
            throw new GeoDataException(path, SecureXml.Where(taxonomyElement), "empty taxonomy");
        }

        var iml = SecureXml.RequireChild(ffs, ns, "IML", path);
        var imt = ImtName.Normalize(SecureXml.RequireAttribute(iml, "IMT", path));
        var noDamage = SecureXml.OptionalNonNegative(ffs, "noDamageLimit", path);
        IFragilityCurve[] curves;
        if (format == "discrete" || (format is null && ffs.Element(ns + "ffd") is not null))
        {
            var levels = SecureXml.ParseList(iml, "IML", path);
            curves = ByLimitState(ffs.Elements(ns + "ffd"), limitStates, path, ffs,
                e => Discrete(levels, SecureXml.ParseList(SecureXml.RequireChild(e, ns, "poEs", path), "probability", path), noDamage, e, path));
        }
        else if (format == "continuous" || format is null)
        {
            var min = SecureXml.OptionalNonNegative(iml, "minIML", path);
            var max = SecureXml.OptionalNonNegative(iml, "maxIML", path);
            curves = ByLimitState(ffs.Elements(ns + "ffc"), limitStates, path, ffs,
                e => Continuous(SecureXml.RequireChild(e, ns, "params", path), min, max, noDamage, path));
        }
        else
        {
            throw new GeoDataException(path, SecureXml.Where(ffs.Parent!), $"format '{format}' must be discrete or continuous");
        }

        return new FragilityFunctionSet(taxonomy, imt, curves);
    }

    private static IFragilityCurve[] ByLimitState(IEnumerable<XElement> elements, string[] limitStates, string path, XElement owner, Func<XElement, IFragilityCurve> build)
    {
        var curves = new IFragilityCurve?[limitStates.Length];
        foreach (var element in elements)
        {
            var ls = SecureXml.RequireAttribute(element, "ls", path);
            var index = Array.IndexOf(limitStates, ls);
            if (index < 0)
            {
                throw new GeoDataException(path, SecureXml.Where(element), $"limit state '{ls}' is not declared in <limitStates> ({string.Join(" ", limitStates)})");
            }

            if (curves[index] is not null)
            {
                throw new GeoDataException(path, SecureXml.Where(element), $"limit state '{ls}' is given twice");
            }

            curves[index] = build(element);
        }

        for (var i = 0; i < curves.Length; i++)
        {
            if (curves[i] is null)
            {
                throw new GeoDataException(path, SecureXml.Where(owner), $"no function for limit state '{limitStates[i]}'");
            }
        }

        return curves!;
    }

    private static DiscreteFragilityCurve Discrete(double[] imls, double[] poes, double? noDamage, XElement element, string path)
    {
        // A noDamageLimit of 0 means "none": the curve then runs from the origin below the first level.
        var limit = noDamage is > 0 ? noDamage : null;
        var problem = DiscreteFragilityCurve.FindProblem(imls, poes, limit);
        return problem is not null
            ? throw new GeoDataException(path, SecureXml.Where(element), problem)
            : new DiscreteFragilityCurve(imls, poes, limit);
    }

    private static LognormalFragilityCurve Continuous(XElement parameters, double? min, double? max, double? noDamage, string path)
    {
        var mean = SecureXml.ParseNumber(SecureXml.RequireAttribute(parameters, "mean", path), parameters, "mean", path);
        var stddev = SecureXml.ParseNumber(SecureXml.RequireAttribute(parameters, "stddev", path), parameters, "stddev", path);
        if (mean <= 0 || stddev <= 0)
        {
            throw new GeoDataException(path, SecureXml.Where(parameters), $"mean ({mean}) and stddev ({stddev}) must be > 0");
        }

        if (min is not null && max is not null && min > max)
        {
            throw new GeoDataException(path, SecureXml.Where(parameters.Parent!), $"minIML ({min}) exceeds maxIML ({max})");
        }

        // OpenQuake treats minIML/maxIML of 0 as absent (truthiness test in FragilityFunctionContinuous).
        return LognormalFragilityCurve.FromMeanAndStdDev(mean, stddev, min is > 0 ? min : null, max is > 0 ? max : null, noDamage ?? 0);
    }
}
