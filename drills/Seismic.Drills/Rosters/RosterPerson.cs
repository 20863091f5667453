namespace Seismic.Drills.Rosters;

/// <summary>A person on the district roster.</summary>
/// <param name="Id">Stable roster id (e.g. <c>V00042</c>).</param>
/// <param name="Name">Full name as written on the roster.</param>
/// <param name="Role">Volunteer, assistant or coordinator.</param>
/// <param name="Community">Community (社区) name or code, as in the district model.</param>
/// <param name="Street">Street (街道) name, as in the district model.</param>
/// <param name="PhoneE164">Mobile number in E.164 form (<c>+8613800138000</c>), validated with libphonenumber.</param>
/// <param name="Language">Message language: <c>zh-Hans</c> (default) or <c>en</c>.</param>
/// <param name="Skills">Skills such as <c>first_aid</c>, <c>radio</c>, <c>search_rescue</c>.</param>
/// <param name="Availability">Free-text availability (e.g. <c>evenings</c>, <c>weekends</c>, <c>any</c>).</param>
/// <param name="Consent">Current consent state (the newest entry of the history).</param>
public sealed record RosterPerson(
    string Id,
    string Name,
    RosterRole Role,
    string Community,
    string Street,
    string PhoneE164,
    string Language,
    IReadOnlyList<string> Skills,
    string Availability,
    ConsentState Consent);
