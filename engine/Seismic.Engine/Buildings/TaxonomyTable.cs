using Seismic.Engine.District;

namespace Seismic.Engine.Buildings;

/// <summary>
/// Maps survey records to HAZUS model building types, design levels and GEM taxonomy strings. The mapping is data:
/// the defaults ship as engine/Seismic.Engine/Data/taxonomy_structure_types.csv and taxonomy_code_levels.csv, and
/// an office overrides either by loading its own CSV with the same columns.
/// </summary>
public sealed class TaxonomyTable
{
    /// <summary>Columns of the structure-type table.</summary>
    public static readonly IReadOnlyList<string> StructureTypeColumns =
        ["structure_type", "storeys_min", "storeys_max", "hazus_type", "fragility_type", "fema154_type", "gem_material", "gem_llrs"];

    /// <summary>Columns of the code-level table.</summary>
    public static readonly IReadOnlyList<string> CodeLevelColumns =
        ["year_min", "year_max", "intensity_min", "intensity_max", "code_level"];

    private const string StructureTypesFile = "taxonomy_structure_types.csv";
    private const string CodeLevelsFile = "taxonomy_code_levels.csv";
    private const int MaxStoreys = 999;

    private static readonly Lazy<TaxonomyTable> DefaultTable = new(() =>
    {
        using var types = EmbeddedTables.Open(StructureTypesFile);
        using var codes = EmbeddedTables.Open(CodeLevelsFile);
        return Load(types, codes, StructureTypesFile, CodeLevelsFile);
    });

    private readonly TaxonomyRow[][] _byType;

    private TaxonomyTable(IReadOnlyList<TaxonomyRow> rows, IReadOnlyList<CodeLevelRule> rules)
    {
        Rows = rows;
        CodeRules = rules;
        var count = Enum.GetValues<StructureType>().Length;
        _byType = new TaxonomyRow[count][];
        for (var t = 0; t < count; t++)
        {
            _byType[t] = rows.Where(r => (int)r.StructureType == t).OrderBy(r => r.StoreysMin).ToArray();
        }
    }

    /// <summary>The table shipped with the engine.</summary>
    public static TaxonomyTable Default => DefaultTable.Value;

    /// <summary>The structure-type rows.</summary>
    public IReadOnlyList<TaxonomyRow> Rows { get; }

    /// <summary>The code-level rules, first match wins.</summary>
    public IReadOnlyList<CodeLevelRule> CodeRules { get; }

    /// <summary>Loads both tables from CSV text (the columns of <see cref="StructureTypeColumns"/> and <see cref="CodeLevelColumns"/>).</summary>
    /// <param name="structureTypes">Structure-type table.</param>
    /// <param name="codeLevels">Code-level table.</param>
    /// <param name="structureTypesName">Name used in error messages (the file name).</param>
    /// <param name="codeLevelsName">Name used in error messages (the file name).</param>
    /// <returns>The validated table.</returns>
    /// <exception cref="ReferenceTableException">A row is malformed, ranges overlap or leave gaps, or an era and
    /// intensity is not covered; the message names the table and line.</exception>
    public static TaxonomyTable Load(
        TextReader structureTypes, TextReader codeLevels,
        string structureTypesName = StructureTypesFile, string codeLevelsName = CodeLevelsFile)
    {
        ArgumentNullException.ThrowIfNull(structureTypes);
        ArgumentNullException.ThrowIfNull(codeLevels);
        return new TaxonomyTable(ReadTypes(structureTypes, structureTypesName), ReadRules(codeLevels, codeLevelsName));
    }

    /// <summary>Overrides one or both default tables; a null reader keeps the default.</summary>
    /// <param name="structureTypes">Office structure-type table, or null.</param>
    /// <param name="codeLevels">Office code-level table, or null.</param>
    /// <param name="structureTypesName">Name used in error messages.</param>
    /// <param name="codeLevelsName">Name used in error messages.</param>
    /// <returns>The validated table.</returns>
    public static TaxonomyTable LoadOverride(
        TextReader? structureTypes, TextReader? codeLevels,
        string structureTypesName = "structure-type override", string codeLevelsName = "code-level override")
    {
        var rows = structureTypes is null ? Default.Rows : ReadTypes(structureTypes, structureTypesName);
        var rules = codeLevels is null ? Default.CodeRules : ReadRules(codeLevels, codeLevelsName);
        return new TaxonomyTable(rows, rules);
    }

    /// <summary>Classifies a survey record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>Model type, design level, FEMA 154 type and GEM string.</returns>
    public BuildingTaxonomy Classify(SurveyRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Classify(record.StructureType, record.Storeys, record.YearBuilt, record.DesignIntensity, record.Use);
    }

    /// <summary>Classifies a building from its attributes.</summary>
    /// <param name="type">Structure type.</param>
    /// <param name="storeys">Storeys above ground (values below 1 count as 1).</param>
    /// <param name="yearBuilt">Year built, null when unknown.</param>
    /// <param name="designIntensity">Design intensity 6–9, null when none.</param>
    /// <param name="use">Main use (for the GEM occupancy).</param>
    /// <returns>The taxonomy.</returns>
    public BuildingTaxonomy Classify(StructureType type, int storeys, int? yearBuilt, int? designIntensity, BuildingUse use)
    {
        var row = TypeRow(type, storeys);
        var rule = CodeRule(yearBuilt, designIntensity);
        var gem = GemTaxonomy.Build(row.GemMaterial, row.GemLlrs, rule.Level, storeys, yearBuilt, use);
        return new BuildingTaxonomy(row.HazusType, rule.Level, row.FragilityType, row.Fema154Type, gem, row, rule);
    }

    /// <summary>The structure-type row for a type and storey count.</summary>
    /// <param name="type">Structure type.</param>
    /// <param name="storeys">Storeys above ground; values below 1 count as 1, above 999 as 999.</param>
    public TaxonomyRow TypeRow(StructureType type, int storeys)
    {
        var n = Math.Clamp(storeys, 1, MaxStoreys);
        foreach (var row in _byType[(int)type])
        {
            if (n >= row.StoreysMin && n <= row.StoreysMax)
            {
                return row;
            }
        }

        // Validation guarantees coverage of 1..999 for every type.
        throw new InvalidOperationException($"no taxonomy row for {type} with {n} storeys");
    }

    /// <summary>The first code-level rule matching an era and design intensity.</summary>
    /// <param name="yearBuilt">Year built, null when unknown.</param>
    /// <param name="designIntensity">Design intensity 6–9, null when none.</param>
    public CodeLevelRule CodeRule(int? yearBuilt, int? designIntensity)
    {
        foreach (var rule in CodeRules)
        {
            if (rule.Matches(yearBuilt, designIntensity))
            {
                return rule;
            }
        }

        // Validation checks every intensity for unknown years; a year outside 1800–2200 may still fall through.
        throw new ArgumentOutOfRangeException(nameof(yearBuilt), yearBuilt, "no code-level rule covers this year and design intensity");
    }

    private static List<TaxonomyRow> ReadTypes(TextReader reader, string name)
    {
        var table = TableReader.Read(reader, name, [.. StructureTypeColumns]);
        var rows = new List<TaxonomyRow>();
        foreach (var (line, fields) in table.Rows)
        {
            var typeText = table.Text(line, fields, "structure_type");
            if (!StructureTypeNames.TryParse(typeText, out var type))
            {
                throw table.Error(line, "structure_type", typeText, StructureTypeNames.Expected);
            }

            var min = table.Integer(line, fields, "storeys_min");
            var max = table.Integer(line, fields, "storeys_max");
            if (min < 1 || max < min)
            {
                throw new ReferenceTableException(name, line, $"storeys range {min}-{max} is empty or starts below 1");
            }

            var hazus = Required(table, line, fields, "hazus_type");
            var fragility = table.Text(line, fields, "fragility_type");
            rows.Add(new TaxonomyRow(type, min, max, ModelBuildingType.Parse(hazus),
                fragility.Length == 0 ? hazus : fragility, Required(table, line, fields, "fema154_type"),
                Required(table, line, fields, "gem_material"), Required(table, line, fields, "gem_llrs"), line));
        }

        foreach (var type in Enum.GetValues<StructureType>())
        {
            var next = 1;
            var lastLine = 0;
            foreach (var row in rows.Where(r => r.StructureType == type).OrderBy(r => r.StoreysMin))
            {
                if (row.StoreysMin != next)
                {
                    throw new ReferenceTableException(name, row.Line,
                        $"storeys {row.StoreysMin}-{row.StoreysMax} for {type} should start at {next} (ranges must not overlap or leave gaps)");
                }

                next = row.StoreysMax + 1;
                lastLine = row.Line;
            }

            if (next <= MaxStoreys)
            {
                throw new ReferenceTableException(name, lastLine,
                    $"structure type {type} is not covered from {next} to {MaxStoreys} storeys");
            }
        }

        return rows;
    }

    private static List<CodeLevelRule> ReadRules(TextReader reader, string name)
    {
        var table = TableReader.Read(reader, name, [.. CodeLevelColumns]);
        var rules = new List<CodeLevelRule>();
        foreach (var (line, fields) in table.Rows)
        {
            var yearMinText = table.Text(line, fields, "year_min");
            var unknown = yearMinText.Equals("unknown", StringComparison.OrdinalIgnoreCase);
            int? yearMin = unknown || yearMinText.Length == 0 ? null : table.Integer(line, fields, "year_min");
            int? yearMax = table.Text(line, fields, "year_max").Length == 0 ? null : table.Integer(line, fields, "year_max");
            var iMin = Intensity(table, line, fields, "intensity_min");
            var iMax = Intensity(table, line, fields, "intensity_max");
            if (iMax < iMin || yearMin > yearMax)
            {
                throw new ReferenceTableException(name, line, "a range has its maximum below its minimum");
            }

            var levelText = table.Text(line, fields, "code_level");
            CodeLevel level = levelText.ToUpperInvariant() switch
            {
                "HIGH" => CodeLevel.High,
                "MODERATE" => CodeLevel.Moderate,
                "LOW" => CodeLevel.Low,
                "PRE" => CodeLevel.Pre,
                _ => throw table.Error(line, "code_level", levelText, "high | moderate | low | pre"),
            };
            rules.Add(new CodeLevelRule(unknown, yearMin, yearMax, iMin, iMax, level, line));
        }

        int?[] intensities = [null, 6, 7, 8, 9];
        foreach (var intensity in intensities)
        {
            foreach (int? year in new int?[] { null, 1900, 1979, 1989, 2001, 2002, 2010, 2011, 2030 })
            {
                if (!rules.Any(r => r.Matches(year, intensity)))
                {
                    throw new ReferenceTableException(name, 0,
                        $"no rule covers year {year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"} " +
                        $"with design intensity {intensity?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}");
                }
            }
        }

        return rules;
    }

    private static string Required(TableReader table, int line, string[] fields, string column)
    {
        var text = table.Text(line, fields, column);
        return text.Length > 0 ? text : throw table.Error(line, column, text, "a value");
    }

    private static int Intensity(TableReader table, int line, string[] fields, string column)
    {
        var text = table.Text(line, fields, column);
        if (text.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var value = table.Integer(line, fields, column);
        return value is >= 6 and <= 9 ? value : throw table.Error(line, column, text, "6-9 or none");
    }
}
