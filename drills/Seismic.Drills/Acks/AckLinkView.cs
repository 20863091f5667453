namespace Seismic.Drills.Acks;

/// <summary>What the personal acknowledgement page shows for a token.</summary>
/// <param name="DrillId">The drill (or <c>alert/{id}</c>).</param>
/// <param name="Title">The drill's title or the alert's headline.</param>
/// <param name="IsExercise">True for drills (the page says 演练 / EXERCISE).</param>
/// <param name="PersonName">The recipient's name.</param>
/// <param name="Language">The recipient's language (<c>zh-Hans</c> or <c>en</c>).</param>
/// <param name="Community">The recipient's community.</param>
/// <param name="ShelterName">Their shelter, if the plan has one.</param>
/// <param name="WalkMinutes">Walking minutes to it, if known.</param>
/// <param name="Current">Their latest answer, or null.</param>
/// <param name="AnsweredAt">When they answered, or null.</param>
public sealed record AckLinkView(
    string DrillId,
    string Title,
    bool IsExercise,
    string PersonName,
    string Language,
    string Community,
    string? ShelterName,
    double? WalkMinutes,
    AckKind? Current,
    DateTimeOffset? AnsweredAt);
