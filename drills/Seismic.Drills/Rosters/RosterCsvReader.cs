using Seismic.Drills.Common;

namespace Seismic.Drills.Rosters;

/// <summary>
/// Reads the roster file of <c>seismic roster import FILE.csv</c>: a header row, then one person per row.
/// <para>Columns (English or Chinese header): id (编号), name (姓名), role (角色: volunteer|assistant|coordinator or
/// 志愿者, 助理员/防震减灾助理员, 协调员), community (社区), street (街道), phone (手机/电话), and optional language (语言:
/// zh-Hans default, en), skills (技能: ';'-separated first_aid|radio|search_rescue or 急救, 无线电, 搜救), availability
/// (可用时间), consent (同意: yes|no or 同意/不同意; default yes).</para>
/// <para>UTF-8 with or without a byte-order mark, or GB18030. All-or-nothing: every row is checked and every error is
/// reported; people are returned only when there is none.</para>
/// </summary>
public static class RosterCsvReader
{
    /// <summary>Reads a roster file from disk.</summary>
    /// <param name="path">The CSV file.</param>
    /// <returns>The people or every error.</returns>
    public static RosterReadResult ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Read(File.ReadAllBytes(path), Path.GetFileName(path));
    }

    /// <summary>Reads a roster from the file's bytes (encoding detected).</summary>
    /// <param name="bytes">The file content.</param>
    /// <param name="fileName">The name used in messages.</param>
    /// <returns>The people or every error.</returns>
    public static RosterReadResult Read(byte[] bytes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var text = DrillTextDecoder.Decode(bytes, out var encoding);
        return Parse(text, fileName, encoding);
    }

    /// <summary>Reads a roster from text already decoded.</summary>
    /// <param name="text">CSV text.</param>
    /// <param name="fileName">The name used in messages.</param>
    /// <param name="encoding">The encoding name to report.</param>
    /// <returns>The people or every error.</returns>
    public static RosterReadResult Parse(string text, string fileName, string encoding = "UTF-8")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        var errors = new List<RosterImportError>();
        var records = CsvText.Parse(text.TrimStart('\uFEFF'));
        if (records.Count == 0)
        {
            errors.Add(new RosterImportError(0, string.Empty, string.Empty, "the file is empty; the first row must name the columns (id,name,role,community,street,phone,…)"));
            return new RosterReadResult(fileName, [], errors, encoding);
        }

        var header = records[0];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var spelled = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Length; i++)
        {
            var raw = header.Fields[i].Trim();
            var canonical = RosterColumns.Canonical(raw);
            if (canonical is null)
            {
                errors.Add(new RosterImportError(header.Line, raw, string.Empty, "unknown column; expected one of " + string.Join(", ", RosterColumns.All)));
            }
            else if (!index.TryAdd(canonical, i))
            {
                errors.Add(new RosterImportError(header.Line, raw, string.Empty, "column appears twice"));
            }
            else
            {
                spelled[canonical] = raw;
            }
        }

        foreach (var required in RosterColumns.Required)
        {
            if (!index.ContainsKey(required))
            {
                errors.Add(new RosterImportError(header.Line, required, string.Empty, "required column is missing"));
            }
        }

        if (errors.Count > 0)
        {
            return new RosterReadResult(fileName, [], errors, encoding);
        }

        var people = new List<RosterPerson>(records.Count - 1);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var phones = new Dictionary<string, int>(StringComparer.Ordinal);
        var row = new RowReader(index, spelled, errors);
        for (var r = 1; r < records.Count; r++)
        {
            var record = records[r];
            if (record.Problem is not null)
            {
                errors.Add(new RosterImportError(record.Line, string.Empty, string.Empty, record.Problem));
                continue;
            }

            if (record.Fields.Length > header.Fields.Length)
            {
                errors.Add(new RosterImportError(record.Line, string.Empty, string.Empty,
                    $"{record.Fields.Length} fields but the header has {header.Fields.Length}; quote values that contain commas"));
                continue;
            }

            var person = row.Read(record);
            if (person is null)
            {
                continue;
            }

            if (!ids.TryAdd(person.Id, record.Line))
            {
                errors.Add(new RosterImportError(record.Line, spelled[RosterColumns.Id], person.Id, $"duplicate id (first on line {ids[person.Id]})"));
            }

            if (!phones.TryAdd(person.PhoneE164, record.Line))
            {
                errors.Add(new RosterImportError(record.Line, spelled[RosterColumns.Phone], row.Raw(record, RosterColumns.Phone),
                    $"duplicate phone {person.PhoneE164} (first on line {phones[person.PhoneE164]}); one number per person"));
            }

            people.Add(person);
        }

        // Rows are checked in file order, so the errors already are.
        return errors.Count > 0
            ? new RosterReadResult(fileName, [], errors, encoding)
            : new RosterReadResult(fileName, people, [], encoding);
    }

    /// <summary>Validates one row's fields; adds errors and returns null when any is wrong.</summary>
    private sealed class RowReader(Dictionary<string, int> index, Dictionary<string, string> spelled, List<RosterImportError> errors)
    {
        public string Raw(CsvText.Record record, string column) =>
            index.TryGetValue(column, out var i) && i < record.Fields.Length ? record.Fields[i].Trim() : string.Empty;

        public RosterPerson? Read(CsvText.Record record)
        {
            var before = errors.Count;
            var line = record.Line;
            var id = Required(record, RosterColumns.Id);
            var name = Required(record, RosterColumns.Name);
            var community = Required(record, RosterColumns.Community);
            var street = Required(record, RosterColumns.Street);

            var roleText = Raw(record, RosterColumns.Role);
            var role = RosterRole.Volunteer;
            if (!RosterColumns.TryRole(roleText, out role))
            {
                Error(line, RosterColumns.Role, roleText, roleText.Length == 0
                    ? "role is empty; write volunteer, assistant or coordinator (志愿者, 助理员, 协调员)"
                    : "unknown role; write volunteer, assistant or coordinator (志愿者, 助理员, 协调员)");
            }

            var phoneText = Raw(record, RosterColumns.Phone);
            if (!RosterPhone.TryNormalize(phoneText, out var phone, out var phoneReason))
            {
                Error(line, RosterColumns.Phone, phoneText, phoneReason);
            }

            var language = "zh-Hans";
            var languageText = Raw(record, RosterColumns.Language);
            if (languageText.Length > 0 && !RosterColumns.TryLanguage(languageText, out language))
            {
                Error(line, RosterColumns.Language, languageText, "unknown language; write zh-Hans or en (empty means zh-Hans)");
            }

            var skills = new List<string>();
            var skillsText = Raw(record, RosterColumns.Skills);
            foreach (var part in skillsText.Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!RosterColumns.TrySkill(part, out var skill))
                {
                    Error(line, RosterColumns.Skills, part, "unknown skill; write first_aid, radio or search_rescue (急救, 无线电, 搜救), separated by ';'");
                }
                else if (!skills.Contains(skill))
                {
                    skills.Add(skill);
                }
            }

            var consent = ConsentState.OptedIn;
            var consentText = Raw(record, RosterColumns.Consent);
            if (consentText.Length > 0 && !RosterColumns.TryConsent(consentText, out consent))
            {
                Error(line, RosterColumns.Consent, consentText, "write yes or no (同意 / 不同意)");
            }

            if (errors.Count > before)
            {
                return null;
            }

            return new RosterPerson(id, name, role, community, street, phone, language, skills, Raw(record, RosterColumns.Availability), consent);
        }

        private string Required(CsvText.Record record, string column)
        {
            var value = Raw(record, column);
            if (value.Length == 0)
            {
                Error(record.Line, column, string.Empty, column + " is empty");
            }

            return value;
        }

        private void Error(int line, string column, string value, string reason) =>
            errors.Add(new RosterImportError(line, spelled.GetValueOrDefault(column, column), value, reason));
    }
}
