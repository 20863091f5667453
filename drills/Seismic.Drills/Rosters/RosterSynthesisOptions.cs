namespace Seismic.Drills.Rosters;

/// <summary>Sizes and mixes of a generated sample roster.</summary>
/// <param name="VolunteersPerCommunity">Volunteers per community (default 40).</param>
/// <param name="AssistantsPerCommunity">Disaster-reduction assistants per community (default 3).</param>
/// <param name="MaxCoordinatorsPerStreet">Each street gets 1 to this many coordinators (default 2).</param>
/// <param name="OptedOutFraction">Share of people who declined messages (default 0.03).</param>
/// <param name="EnglishFraction">Share of people who read English (default 0.05).</param>
public sealed record RosterSynthesisOptions(
    int VolunteersPerCommunity = 40,
    int AssistantsPerCommunity = 3,
    int MaxCoordinatorsPerStreet = 2,
    double OptedOutFraction = 0.03,
    double EnglishFraction = 0.05);
