using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Seismic.Engine.Vulnerability;

namespace Seismic.GeoData.OpenQuake;

/// <summary>
/// Writes a fragility model as OpenQuake NRML 0.5 (<c>&lt;fragilityModel&gt;</c> with <c>&lt;limitStates&gt;</c> and one
/// <c>&lt;fragilityFunction&gt;</c> per taxonomy, OpenQuake Engine manual, "Fragility Models"), the form
/// <see cref="NrmlFragilityReader"/> reads back.
/// </summary>
/// <remarks>
/// Lognormal curves are written as <c>format="continuous"</c>, <c>shape="logncdf"</c>. NRML gives the arithmetic
/// mean μ and standard deviation σ of the capacity, so median m and beta β are converted back with the lognormal
/// moments μ = m·exp(β²/2), σ = μ·√(exp(β²) − 1) — the inverse of
/// <see cref="LognormalFragilityCurve.FromMeanAndStdDev"/>; re-reading gives m and β to about 1e-15 relative.
/// Discrete curves are written as <c>format="discrete"</c> with their levels and probabilities. All numbers use the
/// invariant culture and round-trip ("R") formatting. The output goes through <see cref="AtomicFile"/>.
/// </remarks>
public static class NrmlFragilityWriter
{
    /// <summary>The NRML 0.5 namespace.</summary>
    public const string Namespace = "http://openquake.org/xmlns/nrml/0.5";

    /// <summary>Writes the model.</summary>
    /// <param name="path">Destination file; replaced atomically.</param>
    /// <param name="model">The model. Within one taxonomy the curves must be all lognormal (sharing minIML, maxIML and
    /// the no-damage limit, which NRML gives once per function) or all discrete (sharing levels and no-damage limit).</param>
    /// <exception cref="ArgumentException">A function set cannot be expressed in NRML 0.5 (mixed curve kinds, differing
    /// levels or limits, a curve count that differs from the limit states, an unknown curve type).</exception>
    public static void Write(string path, FragilityModel model)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(model);
        var document = Build(model);
        AtomicFile.WriteStream(path, stream =>
        {
            var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
            using var writer = XmlWriter.Create(stream, settings);
            document.Save(writer);
        });
    }

    private static XDocument Build(FragilityModel model)
    {
        XNamespace ns = Namespace;
        // An empty id is left out (the reader then gives "" again) so that the model round-trips unchanged.
        var fragility = new XElement(ns + "fragilityModel",
            model.Id.Length > 0 ? new XAttribute("id", model.Id) : null,
            new XAttribute("assetCategory", "buildings"),
            new XAttribute("lossCategory", "structural"),
            new XElement(ns + "description", "Fragility model"),
            new XElement(ns + "limitStates", string.Join(' ', model.LimitStates)));
        foreach (var set in model.FunctionSets.Values)
        {
            if (set.Curves.Count != model.LimitStates.Count)
            {
                throw new ArgumentException($"taxonomy {set.Taxonomy}: {set.Curves.Count} curves for {model.LimitStates.Count} limit states", nameof(model));
            }

            fragility.Add(set.Curves[0] switch
            {
                LognormalFragilityCurve => Continuous(ns, set, model.LimitStates),
                DiscreteFragilityCurve => Discrete(ns, set, model.LimitStates),
                _ => throw new ArgumentException($"taxonomy {set.Taxonomy}: curve type {set.Curves[0].GetType().Name} has no NRML form", nameof(model)),
            });
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(ns + "nrml", fragility));
    }

    private static XElement Continuous(XNamespace ns, FragilityFunctionSet set, IReadOnlyList<string> limitStates)
    {
        var first = (LognormalFragilityCurve)set.Curves[0];
        var imls = new XElement(ns + "imls", new XAttribute("imt", set.Imt));
        if (first.MinIml is { } min)
        {
            imls.Add(new XAttribute("minIML", Number(min)));
        }

        if (first.MaxIml is { } max)
        {
            imls.Add(new XAttribute("maxIML", Number(max)));
        }

        if (first.NoDamageLimit > 0)
        {
            imls.Add(new XAttribute("noDamageLimit", Number(first.NoDamageLimit)));
        }

        var function = new XElement(ns + "fragilityFunction",
            new XAttribute("id", set.Taxonomy), new XAttribute("format", "continuous"), new XAttribute("shape", "logncdf"), imls);
        for (var i = 0; i < set.Curves.Count; i++)
        {
            if (set.Curves[i] is not LognormalFragilityCurve curve
                || curve.MinIml != first.MinIml || curve.MaxIml != first.MaxIml || curve.NoDamageLimit != first.NoDamageLimit)
            {
                throw new ArgumentException($"taxonomy {set.Taxonomy}: the curves must all be lognormal with the same minIML, maxIML and noDamageLimit", nameof(set));
            }

            // Lognormal moments: E[X] = m·exp(β²/2), Var[X] = E[X]²·(exp(β²) − 1).
            var beta2 = curve.Beta * curve.Beta;
            var mean = curve.Median * Math.Exp(beta2 / 2);
            var stddev = mean * Math.Sqrt(double.ExpM1(beta2));
            function.Add(new XElement(ns + "params",
                new XAttribute("ls", limitStates[i]), new XAttribute("mean", Number(mean)), new XAttribute("stddev", Number(stddev))));
        }

        return function;
    }

    private static XElement Discrete(XNamespace ns, FragilityFunctionSet set, IReadOnlyList<string> limitStates)
    {
        var first = (DiscreteFragilityCurve)set.Curves[0];
        var imls = new XElement(ns + "imls", new XAttribute("imt", set.Imt), List(first.Imls));
        if (first.NoDamageLimit is { } limit)
        {
            imls.Add(new XAttribute("noDamageLimit", Number(limit)));
        }

        var function = new XElement(ns + "fragilityFunction",
            new XAttribute("id", set.Taxonomy), new XAttribute("format", "discrete"), imls);
        for (var i = 0; i < set.Curves.Count; i++)
        {
            if (set.Curves[i] is not DiscreteFragilityCurve curve || !curve.Imls.SequenceEqual(first.Imls) || curve.NoDamageLimit != first.NoDamageLimit)
            {
                throw new ArgumentException($"taxonomy {set.Taxonomy}: the curves must all be discrete on the same levels with the same noDamageLimit", nameof(set));
            }

            function.Add(new XElement(ns + "poes", new XAttribute("ls", limitStates[i]), List(curve.Poes)));
        }

        return function;
    }

    private static string List(IReadOnlyList<double> values)
    {
        var text = new StringBuilder();
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(Number(values[i]));
        }

        return text.ToString();
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
