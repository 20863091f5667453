namespace Seismic.Maps.Documents;

/// <summary>A line of a card section: Chinese text and its English line underneath (empty for none).</summary>
/// <param name="Text">Chinese text.</param>
/// <param name="English">English text.</param>
/// <param name="Emphasis">Set in bold and larger (a key figure such as the walking time or a phone number).</param>
public sealed record CardLine(string Text, string English = "", bool Emphasis = false);
