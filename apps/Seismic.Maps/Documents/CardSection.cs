namespace Seismic.Maps.Documents;

/// <summary>One block of an emergency card: a heading and its lines, each in Chinese with an English line.</summary>
/// <param name="Heading">Heading in Chinese, e.g. "避难场所".</param>
/// <param name="HeadingEn">Heading in English, e.g. "Shelter".</param>
/// <param name="Lines">The lines.</param>
/// <param name="Column">Column of the card's two-column body: 0 left, 1 right (a layout hint).</param>
public sealed record CardSection(string Heading, string HeadingEn, IReadOnlyList<CardLine> Lines, int Column = 0)
{
    /// <summary>Lines per row: 2 lays short items (emergency numbers) side by side.</summary>
    public int ItemsPerRow { get; init; } = 1;
}
